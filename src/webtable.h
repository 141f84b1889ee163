/*
 * webtable: a web page's table as w3m and lynx draw it without borders.
 *
 * Both browsers set the cells of a row side by side, apart by as little
 * as one space, and pad each column to its widest cell, so the columns
 * line up from row to row:
 *
 *	   Dates        Role                  Company        Location
 *	01/2019 –  Senior Site          Quarry     Denver,
 *	03/2024    Reliability Engineer Labs Inc.  CO
 *
 * w3m wraps a cell that does not fit over the lines below.  webtable_join
 * finds such a block by the columns of space that run through all its
 * lines, and writes each row as one line whose cells are apart by two
 * spaces, as a table laid out in plain text is:
 *
 *	01/2019 – 03/2024  Senior Site Reliability Engineer  Quarry Labs Inc.  Denver, CO
 *
 * A first row that only names the columns goes; a long cell of prose
 * goes on a line of its own under its row.
 */
#ifndef DOSSIER_WEBTABLE_H
#define DOSSIER_WEBTABLE_H

#include "pages.h"

void webtable_join(struct rawlines *);

#endif
