/*
 * datecol: a column of dates wrapped over two lines.
 *
 * A résumé laid out as a table puts the dates in a narrow first column,
 * where a range does not fit on one line:
 *
 *	Apr. 2017 – Sep.   Hoshikaze Games Co., Ltd.
 *	2020               QA Lead
 *
 * or set upright, its dash on a line of its own:
 *
 *	Jun 2019  Principal Engineer, Voltara, Chennai
 *	—
 *	now         • Architect of the BMC firmware
 *
 * datecol_join moves the rest of the range ("2020", "Present") up beside
 * its start, so that the header line holds the whole range and the lines
 * under it only their own text.
 */
#ifndef DOSSIER_DATECOL_H
#define DOSSIER_DATECOL_H

#include "pages.h"

void datecol_join(struct rawlines *);

#endif
