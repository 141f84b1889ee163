-- consistency.sql: what must hold in a dossier database at every moment a
-- reader can see it, crash or no crash: no half-stored profile.  Run in one
-- read transaction (one snapshot); prints a line for each broken rule, then "ok".
BEGIN;
SELECT 'a profile without a source text: #' || id FROM profile p
 WHERE NOT EXISTS (SELECT 1 FROM source s WHERE s.profile_id = p.id) LIMIT 3;
SELECT 'a profile without its search row: #' || id FROM profile p
 WHERE NOT EXISTS (SELECT 1 FROM profile_fts f WHERE f.rowid = p.id) LIMIT 3;
SELECT 'a search row without a profile: #' || rowid FROM profile_fts f
 WHERE NOT EXISTS (SELECT 1 FROM profile p WHERE p.id = f.rowid) LIMIT 3;
SELECT 'a profile whose roles are not all indexed: #' || id FROM profile p
 WHERE (SELECT count(*) FROM work w WHERE w.profile_id = p.id)
    != coalesce(json_array_length(p.doc, '$.work'), 0) LIMIT 3;
SELECT 'a profile without its import event: #' || id FROM profile p
 WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.profile_id = p.id
                   AND e.action IN ('import', 'update')) LIMIT 3;
SELECT 'a profile with an empty document: #' || id FROM profile
 WHERE doc IS NULL OR json_valid(doc) = 0 OR name = '' LIMIT 3;
SELECT 'orphan ' || t || ' rows' FROM (
  SELECT 'source' AS t, count(*) AS n FROM source WHERE profile_id NOT IN (SELECT id FROM profile)
  UNION ALL SELECT 'work', count(*) FROM work WHERE profile_id NOT IN (SELECT id FROM profile)
  UNION ALL SELECT 'event', count(*) FROM event WHERE profile_id NOT IN (SELECT id FROM profile))
 WHERE n > 0;
SELECT 'ok';
COMMIT;
