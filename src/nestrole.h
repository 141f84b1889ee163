/*
 * nestrole: an employer's line over the roles held there as list items,
 * each dated, as Markdown CVs and plain-text ones write a promotion:
 *
 *     **Lidl Suomi Ky**
 *     * **Shift Manager**, Tampere (5/2013 - 12/2016)
 *     * **Sales Assistant**, Pirkkala (6/2011 - 4/2013)
 *         * duties, one level down
 *
 * The entry parser reads one header over its dates; nestrole_spread sets
 * the employer's line over each role, the roles no list items, so that
 * every role is an entry at that employer.
 */
#ifndef DOSSIER_NESTROLE_H
#define DOSSIER_NESTROLE_H

#include "layout.h"
#include "lexicon.h"

void nestrole_spread(const struct lexicon *, struct layout *);

#endif
