/*
 * nameparts: the name given in two labelled parts, as personal-data
 * tables set it ("First Names: Rutendo Mazvita" and "Surname: CHIKOWORE",
 * "Emri" and "Mbiemri", "Vorname" and "Nachname"), outside a form.
 */
#ifndef DOSSIER_NAMEPARTS_H
#define DOSSIER_NAMEPARTS_H

#include <stddef.h>

struct ctx;

struct nameparts {
	char *given, *family;
};

/* Reads the given name and the family name labelled in lines [from, to)
 * into np, the first of each found kept. */
void nameparts_read(const struct ctx *, size_t from, size_t to, struct nameparts *np);
/* The name both parts make, when the résumé's own name is missing or
 * leaves out the family name; frees the parts. */
void nameparts_settle(struct ctx *, struct nameparts *np);
/* Whether the word tables are sorted (unit tests). */
int nameparts_sorted(void);

#endif
