/*
 * headplace: the places and notes in a work entry's header parts (for
 * workhead.c): a town after the firm's comma, a place or a note in
 * brackets, remote work, and the firm a "place" turns out to name.
 */
#ifndef DOSSIER_HEADPLACE_H
#define DOSSIER_HEADPLACE_H

#include "parse.h"
#include "workhead.h"

/* "Comau S.p.A., Via Rivalta 30, 10095 Grugliasco (TO) (Italia)": a
 * firm's postal address after it, as Europass writes it; the line before
 * the street, newly allocated, the town after the postcode into h->place
 * (when it has none); NULL when the line holds no street. */
char *headplace_address_off(const struct ctx *, const char *line, struct workhead *h);
/* Whether s, whole, says the work was remote or hybrid ("Remote",
 * "zdalnie", "Homeoffice"). */
int headplace_remote(const char *s);
/* Whether s begins with a company's legal form: "Ltd. (Osaka)", "Inc". */
int headplace_legal_next(const char *s);
/* The number of words of s. */
int headplace_words(const char *s);
/* A place after a comma of an organisation's name ("Acme GmbH, München",
 * "Repsol S.A., Cartagena.") cut off part into h->place; job_beside: a
 * job title stands beside the part, so an unknown short name is a town. */
void headplace_tail(const struct ctx *, char *part, struct workhead *h, int job_beside);
/* A place in brackets at the end of part ("Initech (Austin)") into
 * h->place, a note on the firm ("(acquired by ...)", "(eenmanszaak)")
 * dropped. */
void headplace_parens(const struct ctx *, char *part, struct workhead *h);
/* Whether s is a place with a note in brackets ("Lagos (remote from
 * Abuja)"). */
int headplace_noted(const struct ctx *, const char *s);
/* "Indra, Madrid" read as the place of an entry with a title and no
 * employer: the name before the comma becomes the employer. */
void headplace_firm(const struct ctx *, struct workhead *h);

/* Whether s, after a firm's name and a dash beside the job's own line,
 * is the firm's site, trade or project rather than more of its name
 * ("Faena Minera Escondida", "Vinos y bebidas"): no organisation, school
 * or job. */
int headplace_site(const char *s);
/* Takes the part after parts->v[first], a site, off the line the parts
 * make in *b; a site's name becomes h->place when there is none. */
void headplace_site_off(struct workhead *h, struct strlist *parts, struct buf *b, size_t first);

/* "Cary, North Carolina, United States": a profile page's place, a town
 * no list knows before a known state and country. */
int headplace_town_state(const struct ctx *, const char *s);

#endif
