/*
 * The words are looked up folded, in the languages résumés are mailed in.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "layout.h"
#include "letter.h"
#include "names.h"
#include "wordlist.h"
#include "xalloc.h"

static const char *const headers[] = { "from", "to", "cc", "bcc", "subject", "date",
	"sent", "reply to", "von", "an", "betreff", "datum", "gesendet", "de", "a", "objet",
	"envoye", "asunto", "para", "enviado", "fecha", "da", "oggetto", "inviato", "onderwerp",
	"verzonden", "aan", "van", "od", "do", "temat", "fran", "till", "amne", "skickat",
	"assunto", "enviada em", NULL };

static const char *const greetings[] = { "hi", "hello", "hey", "dear", "good morning",
	"good afternoon", "hallo", "liebe", "lieber", "sehr geehrte", "sehr geehrter",
	"guten tag", "bonjour", "madame", "monsieur", "hola", "estimado", "estimada", "ciao",
	"buongiorno", "gentile", "egregio", "beste", "geachte", "dzien dobry", "witam", "hej",
	"ola", "prezado", "prezada", "to whom it may concern", "greetings", NULL };

static const char *const signoffs[] = { "best", "best regards", "best wishes", "regards",
	"kind regards", "warm regards", "many thanks", "thanks", "thank you", "thanks again",
	"cheers", "sincerely", "yours sincerely", "yours faithfully", "yours truly", "all the best",
	"talk soon", "mit freundlichen grussen", "viele grusse", "beste grusse", "lg",
	"gruss", "grusse", "cordialement", "bien cordialement", "bien a vous", "merci",
	"saludos", "un saludo", "atentamente", "gracias", "cordiali saluti", "saluti",
	"grazie", "met vriendelijke groet", "groeten", "vriendelijke groet", "pozdrawiam",
	"z powazaniem", "dziekuje", "halsningar", "med vanliga halsningar", "tack",
	"atenciosamente", "obrigado", "obrigada", "abracos", NULL };

/* Whether key opens with one of list as whole words; the words' length. */
static size_t
opens(const char *key, const char *const *list)
{
	size_t n = wordlist_prefix(list, key);

	return n > 0 && (key[n] == ' ' || key[n] == '\0') ? n : 0;
}

/* "Best,", "Thanks! Jane", "Cheers": a sign-off, perhaps with a first
 * name after it. */
static int
signoff(const char *s, const char *key)
{
	size_t n = opens(key, signoffs);
	const char *rest = key + n + (key[n] == ' ');

	if (n == 0 || strlen(s) > 48)
		return 0;
	return *rest == '\0' || (strchr(rest, ' ') == NULL && strpbrk(s, ",!") != NULL);
}

enum letter_kind
letter_line(const char *s)
{
	const char *colon = strchr(s, ':');
	char key[64];
	size_t n = strlen(s);

	if (strcmp(s, "--") == 0 || strcmp(s, "-- ") == 0)
		return LT_DELIM;
	if (colon != NULL && colon - s < 16 && colon[1] == ' ') {
		fold_key(s, (size_t)(colon - s), key, sizeof key);
		if (wordlist_has(headers, key) && (strcmp(key, "a") != 0 || strchr(s, '@') != NULL))
			return LT_HEADER;
	}
	if (n > 80)
		return LT_NONE;
	fold_key(s, n, key, sizeof key);
	if (signoff(s, key))
		return LT_SIGNOFF;
	/* "Hi Tom,", "Dear hiring team,", "Hello": a greeting ends in a comma */
	if (opens(key, greetings) > 0 && (s[n - 1] == ',' || s[n - 1] == '!' ||
	    strchr(key, ' ') == NULL))
		return LT_GREETING;
	return LT_NONE;
}

char *
letter_sender(const char *s)
{
	const char *colon = strchr(s, ':'), *v, *lt;
	char key[16], *name;

	if (colon == NULL || colon - s > 8)
		return NULL;
	fold_key(s, (size_t)(colon - s), key, sizeof key);
	if (strcmp(key, "from") != 0 && strcmp(key, "von") != 0 && strcmp(key, "de") != 0 &&
	    strcmp(key, "van") != 0 && strcmp(key, "od") != 0 && strcmp(key, "fran") != 0 &&
	    strcmp(key, "da") != 0)
		return NULL;
	v = colon + 1 + strspn(colon + 1, " \"");
	if ((lt = strchr(v, '<')) == NULL)
		return NULL;
	while (lt > v && (lt[-1] == ' ' || lt[-1] == '"'))
		lt--;
	name = xstrndup(v, (size_t)(lt - v));
	if (!names_like(name) || strchr(name, ' ') == NULL) {
		free(name);
		return NULL;
	}
	return name;
}

/* The next line from i on that holds text, or n. */
static size_t
next_text(const struct layout *L, size_t i)
{
	while (i < L->n && L->v[i].s[0] == '\0')
		i++;
	return i;
}

int
letter_cover_drop(struct layout *L)
{
	size_t g = 0, s, name, again;

	while (g < L->n && g < 40 && letter_line(L->v[g].s) != LT_GREETING)
		g++;
	if (g >= L->n || g >= 40)
		return 0;
	for (s = g + 1; s < L->n && letter_line(L->v[s].s) != LT_SIGNOFF; s++)
		;
	name = next_text(L, s + 1);
	if (s >= L->n || name >= L->n || strlen(L->v[name].s) > 60)
		return 0;
	/* the signature's name again over the CV */
	for (again = next_text(L, name + 1); again < L->n && again <= name + 4;
	    again = next_text(L, again + 1))
		if (strcasecmp(L->v[again].s, L->v[name].s) == 0)
			break;
	if (again >= L->n || again > name + 4)
		return 0;
	for (size_t i = 0; i < again; i++)
		L->v[i].s[0] = '\0';
	return 1;
}
