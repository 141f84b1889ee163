/*
 * timeline: a career laid out in time, for the timeline view and for the
 * comparison of several.  Roles and studies become bars in lanes (roles
 * that overlap get lanes of their own), the gaps between roles are kept,
 * and an axis of years maps months to columns, zoomed and panned.
 */
#ifndef DOSSIER_UI_TIMELINE_H
#define DOSSIER_UI_TIMELINE_H

#include "../src/career.h"
#include "../src/profile.h"

enum tl_kind {
	TL_WORK,
	TL_EDU,
};

struct tl_bar {
	int from, to;		/* months, [from, to) */
	enum tl_kind kind;
	int lane;		/* among the bars of its kind; -1: no dates, no bar */
	int group;		/* one a company: alternate colours tell them apart */
	int again;		/* not the group's first: its label is the position */
	int ongoing;
	char *name;		/* company or school */
	char *what;		/* position or degree */
	char *dates;		/* "Jun 2019 - present" */
};

struct tl {
	struct tl_bar *v;	/* by start */
	size_t n;
	int lanes[2];		/* work, education */
	int first, last;	/* months the bars span; first > last: none */
	int now;		/* the as-of month */
	struct career k;	/* total, gaps, current */
};

void tl_build(struct tl *, const struct profile *);
void tl_free(struct tl *);

/* Columns over time: month m is at column (m - from) / mpc. */
struct tl_axis {
	double from;
	double mpc;	/* months a column */
	double fit;	/* the mpc that shows everything */
	int w;
};

/* Fits months first..last (and now) into w columns. */
void tl_axis_fit(struct tl_axis *, int first, int last, int w);
/* zoom > 0 in, < 0 out, 0 back to fit. */
void tl_axis_zoom(struct tl_axis *, int zoom, int first, int last);
void tl_axis_pan(struct tl_axis *, int dir);
int tl_axis_col(const struct tl_axis *, int month);

/* Two rows: the years, and a line with a tick a year and the present. */
void tl_draw_axis(const struct tl_axis *, int y, int x, int now);
/* One lane of bars of a kind, the present drawn where it is free, and the
 * gaps too when gaps (for a lane that stands for the whole career). */
void tl_draw_lane(const struct tl *, const struct tl_axis *, enum tl_kind, int lane,
    int gaps, int y, int x);
/* The gaps between roles, as hatching with their length. */
void tl_draw_gaps(const struct tl *, const struct tl_axis *, int y, int x);

#endif
