#ifndef DOSSIER_EDUSENTENCE_H
#define DOSSIER_EDUSENTENCE_H

/* h with a sentence's joins between a degree and its school (" from ",
 * a full stop, " in 2017", " with 72%", the last full stop) made into the
 * separators of parts; a new string, h's copy when there are none. */
char *edusentence_parts(const char *h);

#endif
