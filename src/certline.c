/*
 * certline: the lines a profile page sets under a certificate or an award
 * besides its name, as LinkedIn gives them in every language:
 *
 *	AWS Certified Machine Learning – Specialty
 *	Amazon Web Services (AWS)
 *	Issued Jun 2022 · Expires Jun 2025
 *	Credential ID 8XK2-PL
 *	Show credential
 *
 * the date it was issued (and who issued it, "Issued by IEEE · 2019"),
 * and the lines that are none of the record (Indeed's "State: OH" under
 * a licence among them).
 */
#include <stdlib.h>
#include <string.h>

#include "certline.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

/* The first word of a line that says when it was issued. */
static const char *const issued_words[] = { "issued", "emitido", "emitida", "expedicion",
	"expedido", "expedida", "delivre", "delivree", "ausgestellt", "rilasciato",
	"rilasciata", "wydany", "wydano", "uitgegeven", "utfardat", "udstedt", "myonnetty",
	NULL };
/* The word before the issuer: "Issued by", "Emitido por", "Délivré par". */
static const char *const by_words[] = { "by", "por", "par", "von", "da", "przez", "door",
	"av", "af", NULL };
/* Lines of the record that hold nothing to keep. */
static const char *const noise[] = { "credential id", "credential url", "show credential",
	"see credential", "id da credencial", "exibir credencial", "ver credencial",
	"mostrar credencial", "id de la credencial", "id de credencial",
	"identifiant de l attestation", "identifiant de la certification",
	"identifiant de certification", "afficher l identifiant", "voir l identifiant",
	"nachweis id", "nachweis anzeigen", "id credenziale", "mostra credenziale",
	"identyfikator poswiadczenia", "wyswietl poswiadczenie", "no expiration date", "no expiry", "no expiry date",
	"does not expire", "non expiring",
	"sem data de expiracao", "sin fecha de vencimiento", "expires", "expira", "expire",
	"lauft ab", "associated with", "associado a", "asociado con", "associe a",
	"verbunden mit", NULL };

/* "State: OH", "License number: RN.123": a fact of a licence set under
 * its name as a label and its value. */
static int
fact_label(const char *s)
{
	static const char *const labels[] = { "expiration date", "expiry", "expiry date",
		"licence no", "licence number", "license no", "license number", "number",
		"registration no", "registration number", "state", "valid through", "valid until",
		NULL };
	size_t n = strcspn(s, ":");
	char key[32];

	if (s[n] != ':' || n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	return wordlist_has(labels, key);
}

int
certline_noise(const char *s)
{
	char key[64];

	if (fact_label(s))
		return 1;
	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; noise[i] != NULL; i++) {
		size_t n = strlen(noise[i]);
		if (strncmp(key, noise[i], n) == 0 && (key[n] == '\0' || key[n] == ' '))
			return 1;
	}
	return 0;
}

int
certline_issued(const char *s, struct ym *when, char **by)
{
	char key[128], *w, *save = NULL;
	struct daterange r;
	const char *p = s, *end;
	int issued;

	*by = NULL;
	fold_key(s, strcspn(s, " "), key, sizeof key);
	if (!wordlist_has(issued_words, key))
		return 0;
	p += strcspn(p, " ");
	p += strspn(p, " :");
	/* "Emitido em jun de 2022": the word for "in" */
	fold_key(p, strcspn(p, " "), key, sizeof key);
	w = strtok_r(key, " ", &save);
	issued = w != NULL && wordlist_has(by_words, w);
	if (issued) {
		p += strcspn(p, " ");
		p += strspn(p, " ");
		end = strstr(p, " \xc2\xb7 ");
		*by = parse_trim(p, end != NULL ? (size_t)(end - p) : strlen(p));
		if ((*by)[0] == '\0' || dateparse_only(*by)) {
			free(*by);
			*by = NULL;
		}
	}
	when->y = when->m = 0;
	if (dateparse_find(s, strlen(s), &r))
		*when = r.start;
	return 1;
}

int
certline_dated(const char *s, struct ym *when)
{
	static const char *const labels[] = { "date", "dated", "date issued", "issue date",
		"date of issue", "issued on", "completed", "completion date", "obtained",
		"datum", "fecha", "data", "date d obtention", "ausstellungsdatum", NULL };
	size_t n = strcspn(s, ":");
	char key[32];
	struct daterange r;

	if (s[n] != ':' || n >= sizeof key)
		return 0;
	fold_key(s, n, key, sizeof key);
	if (!wordlist_has(labels, key) || !dateparse_only(s + n + 1) ||
	    !dateparse_find(s + n + 1, strlen(s + n + 1), &r))
		return 0;
	*when = r.start;
	return 1;
}

char *
certline_kind_off(const char *s)
{
	static const char *const kinds[] = { "certificate", "certification", "training",
		"course", "license", "licence", "diploma", "workshop", NULL };
	size_t len = strlen(s);
	const char *open = strrchr(s, '(');
	char key[24];

	if (open == NULL || open == s || open[-1] != ' ' || len == 0 || s[len - 1] != ')' ||
	    (size_t)(s + len - open) >= sizeof key)
		return NULL;
	fold_key(open + 1, (size_t)(s + len - 1 - open - 1), key, sizeof key);
	return wordlist_has(kinds, key) ? parse_trim(s, (size_t)(open - s)) : NULL;
}

/* The start of the word that ends at s[e], or e. */
static size_t
word_back(const char *s, size_t e)
{
	while (e > 0 && s[e - 1] != ' ' && s[e - 1] != '(')
		e--;
	return e;
}

int
certline_expiry(const char *s, size_t at)
{
	static const char *const words[] = { "exp", "expires", "expiry", "expiring",
		"expiration", "expiration date", "expiry date", "valid until", "valid through",
		"valid thru", "valid to", "renewal due", "expira", "vence", "gultig bis", NULL };
	size_t end = at, one, two;
	char key[32];

	while (end > 0 && strchr(" .:", s[end - 1]) != NULL)
		end--;
	if (end == 0 || (one = word_back(s, end)) == end)
		return 0;
	fold_key(s + one, end - one, key, sizeof key);
	if (wordlist_has(words, key))
		return 1;
	two = one;
	while (two > 0 && s[two - 1] == ' ')
		two--;
	if (two == 0 || two == one || (two = word_back(s, two)) == one || end - two >= sizeof key)
		return 0;
	fold_key(s + two, end - two, key, sizeof key);
	return wordlist_has(words, key);
}

int
certline_named(const char *s)
{
	static const char *const stems[] = { "certif", "zertifi", "licen", "accredit",
		"registration", "permit", NULL };
	char key[96];

	fold_key(s, strlen(s), key, sizeof key);
	for (int i = 0; stems[i] != NULL; i++)
		if (strstr(key, stems[i]) != NULL)
			return 1;
	return 0;
}
