/* consent: data-processing consent and declarations; see consent.h. */
#include <string.h>

#include "consent.h"
#include "fold.h"
#include "wordlist.h"

#define CLAUSE_LINES 8		/* the most lines a clause is let run to */

/* How such a clause begins, folded. */
static const char *const openings[] = {
	"autorizzo il trattamento", "acconsento al trattamento", "autorizzo al trattamento",
	"wyrazam zgode", "niniejszym wyrazam zgode", "ich willige ein",
	"ich bin damit einverstanden", "hiermit willige ich", "j autorise",
	"j accepte que mes donnees", "autorizo el tratamiento",
	"doy mi consentimiento", "autorizo o tratamento", "consinto o tratamento",
	"ik geef toestemming", "jag samtycker", "jeg samtykker",
	"i consent to the processing", "i hereby consent", "i agree to the processing",
	"i hereby declare", "i do hereby declare", "i hereby certify", "i declare that",
	"i solemnly declare", "hiermit versichere ich", "ich versichere",
	"je soussigne", "je certifie", "declaro que", "dichiaro che",
	/* the closing line that offers references */
	"references available on request", "references available upon request",
	"references on request", "references upon request", "references furnished upon request",
	"references will be furnished", "referees available on request",
	"referenzen auf anfrage", "referencias a peticion", "referencias disponibles",
	"references sur demande", "referenties op aanvraag", NULL
};

/* Words that name the law or the data wherever they stand in the line. */
static const char *const laws[] = { "gdpr", "rodo", "dsgvo", "rgpd", "avg", NULL };
static const char *const data[] = { "personal data", "dati personali", "danych osobowych",
	"datos personales", "personenbezogenen daten", "donnees personnelles",
	"dados pessoais", "persoonsgegevens", "personuppgifter", NULL };

int
consent_opens(const char *s)
{
	char key[200];
	size_t n;

	fold_key(s, strcspn(s, "\n"), key, sizeof key);
	n = wordlist_prefix(openings, key);
	return n > 0 && (key[n] == ' ' || key[n] == '\0');
}

int
consent_line(const char *s)
{
	char key[200];
	size_t n;

	fold_key(s, strlen(s), key, sizeof key);
	n = wordlist_prefix(openings, key);
	if (n > 0 && (key[n] == ' ' || key[n] == '\0'))
		return 1;
	return wordlist_holds(laws, key) && wordlist_holds(data, key);
}

void
consent_drop(struct layout *L)
{
	for (size_t i = 0; i < L->n; i++) {
		if (L->v[i].s[0] == '\0' || !consent_line(L->v[i].s))
			continue;
		for (size_t k = 0; i < L->n && L->v[i].s[0] != '\0' && k < CLAUSE_LINES; k++)
			L->v[i++].s[0] = '\0';
	}
}
