/*
 * view_timeline: one candidate's career on a year axis fitted to the
 * width: a bar a role (overlapping roles on lanes of their own, companies
 * on or beside the bars), the gaps, the studies, the present marked, and
 * below, every role with its dates.  Zoom and pan move the axis.
 */
#ifndef DOSSIER_UI_VIEW_TIMELINE_H
#define DOSSIER_UI_VIEW_TIMELINE_H

#include "app.h"

extern const struct view_ops timeline_view_ops;

struct tlv *timeline_new(struct app *);
void timeline_free(struct tlv *);

#endif
