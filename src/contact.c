/*
 * contact: the details a line gives to reach the person: email, phone,
 * links (profiles on known networks, else the personal site).
 */
#include <ctype.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "contact.h"
#include "fold.h"
#include "parse.h"
#include "wordlist.h"
#include "xalloc.h"

void
contact_email(struct profile *p, const char *s)
{
	const char *at = strchr(s, '@'), *a, *b;

	if (at == NULL || p->basics.email != NULL)
		return;
	for (a = at; a > s && (isalnum((unsigned char)a[-1]) || strchr("._%+-", a[-1])); a--)
		;
	for (b = at + 1; isalnum((unsigned char)*b) || *b == '.' || *b == '-'; b++)
		;
	while (b > at && b[-1] == '.')
		b--;
	if (a < at && memchr(at, '.', (size_t)(b - at)) != NULL)
		profile_setn(&p->basics.email, a, (size_t)(b - a));
}

/* "0711 / 4567890", "030/1234567": a trunk prefix 0 and an area code
 * of three to five digits, then a slash; not "06/2019" */
static int
area_slash(const char *q, const char *slash)
{
	const char *d = slash;

	while (d > q && d[-1] == ' ')
		d--;
	return *q == '0' && d - q >= 3 && d - q <= 5 && strspn(q, "0123456789") == (size_t)(d - q);
}

/* "2015 - 2019", "2016/2019": two years, not a phone */
static int
year_pair(const char *q, const char *e)
{
	const char *b = q + 4;

	if (strspn(q, "0123456789") != 4 || (strncmp(q, "19", 2) != 0 && strncmp(q, "20", 2) != 0))
		return 0;
	while (b < e && !isdigit((unsigned char)*b))
		b++;
	return e - b == 4 && (strncmp(b, "19", 2) == 0 || strncmp(b, "20", 2) == 0);
}

/* "12-08-1995", "14.03.1990", "1995-08-12", "14. 5. 1990": a day's
 * date, not a phone */
static int
day_date(const char *q, const char *e)
{
	size_t n[3], k = 0;
	char sep = 0;

	for (const char *r = q; k < 3; k++) {
		n[k] = strspn(r, "0123456789");
		r += n[k];
		if (k == 2)
			return r == e && ((n[0] <= 2 && n[1] <= 2 && n[2] == 4) ||
			    (n[0] == 4 && n[1] == 2 && n[2] == 2));
		if (n[k] == 0 || *r == '\0' || (sep != 0 && *r != sep) || strchr("-./", *r) == NULL)
			return 0;
		sep = *r++;
		if (sep == '.' && *r == ' ')
			r++;
	}
	return 0;
}

/* "4050-174": a Portuguese postcode, four digits, a dash and three; no
 * phone has that shape. */
static int
pt_postcode(const char *q, const char *e)
{
	return e - q == 8 && strspn(q, "0123456789") == 4 && q[4] == '-' &&
	    strspn(q + 5, "0123456789") == 3;
}

/* "CEP 05008-010": a Brazilian postcode, five digits, a dash and three,
 * after its label or alone. */
static int
cep(const char *s, const char *q, const char *e)
{
	return e - q == 9 && strspn(q, "0123456789") == 5 && q[5] == '-' &&
	    strspn(q + 6, "0123456789") == 3 && (q - s < 4 || strncmp(q - 4, "CEP", 3) == 0 ||
	    q[-1] == ' ');
}

/* "HPCSA Reg. No. PAR 0061834", "Licence number: 1234567": a number the
 * words before it on the line name a registration's or an ID's, and no
 * phone's. */
static int
id_number(const char *s, const char *q)
{
	static const char *const phones[] = { "cell", "cellphone", "contact", "handy", "mob",
		"mobile", "phone", "tel", "telefon", "telefone", "telefono", "telephone", "whatsapp",
		NULL };
	static const char *const ids[] = { "aadhaar", "aadhar", "carne", "carnet", "cedula", "ci",
		"cid", "cnic", "cpf", "eid", "curp", "dni", "documento", "id", "identidad",
		"identidade", "identification", "identity", "ktp", "licence",
		"license", "member",
		"membership", "nic", "nif", "nik", "nin", "nrc", "nric", "nuit", "passport", "pesel",
		"reg", "registration", "rut", "ssn", "tin", NULL };
	char key[96];
	int id = 0;

	if (q - s >= (ptrdiff_t)sizeof key)
		return 0;
	fold_key(s, (size_t)(q - s), key, sizeof key);
	for (char *w = key; *w != '\0';) {
		size_t n = strcspn(w, " ");
		char c = w[n];
		w[n] = '\0';
		if (wordlist_has(phones, w))
			return 0;
		id |= wordlist_has(ids, w);
		w += n + (c != '\0');
	}
	return id;
}

/* "2-8-15 Nishi-Ogikubo, Suginami-ku, Tokyo 167-0042": a Japanese
 * postcode, three figures and four, in an address of wards and cities. */
static int
jp_postcode(const char *s, const char *q, const char *e)
{
	return e - q == 8 && q[3] == '-' && strspn(q, "0123456789") == 3 &&
	    strspn(q + 4, "0123456789") == 4 && (strstr(s, "-ku") != NULL ||
	    strstr(s, "-shi") != NULL || strstr(s, "-ken") != NULL || strstr(s, "Tokyo") != NULL ||
	    strstr(s, "Japan") != NULL);
}

/* "140393-2879": an Icelandic kennitala or a Danish CPR number, the day
 * of birth (DDMMYY), a dash and four figures; no phone has that shape. */
static int
birth_id(const char *q, const char *e)
{
	int day, month;

	if (e - q != 11 || strspn(q, "0123456789") != 6 || q[6] != '-' ||
	    strspn(q + 7, "0123456789") != 4)
		return 0;
	day = (q[0] - '0') * 10 + (q[1] - '0');
	month = (q[2] - '0') * 10 + (q[3] - '0');
	return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/* "Columbus, OH 43202 (614) 555-0142": a US ZIP code, five figures
 * after a state's code or before a bracketed area code, and no part of
 * the phone after it. */
static int
zip_lead(const char *s, const char *q)
{
	if (strspn(q, "0123456789") != 5 || q[5] != ' ')
		return 0;
	if (q[6] == '(' && isdigit((unsigned char)q[7]))
		return 1;
	return q - s >= 3 && q[-1] == ' ' && isupper((unsigned char)q[-2]) &&
	    isupper((unsigned char)q[-3]) && (q - s == 3 || q[-4] == ' ' || q[-4] == ',');
}

/* A phone number: 7 to 15 digits with the usual separators, a leading +
 * or a parenthesised area code; not a date range or a year, nor a
 * Japanese postcode, after its postal mark ("〒465-0025") or not. */
void
contact_phone(struct profile *p, const char *s)
{
	for (const char *q = s; *q != '\0' && p->basics.phone == NULL; q++) {
		const char *e = q;
		int digits = 0;
		if (q - s >= 3 && memcmp(q - 3, "\xe3\x80\x92", 3) == 0) {
			size_t code = strspn(q, "0123456789-");
			if (code > 0)
				q += code - 1;
			continue;
		}
		/* "(+39) 348 215 7706": the country's code in brackets */
		if (!(isdigit((unsigned char)*q) || ((*q == '+' || *q == '(') &&
		    isdigit((unsigned char)q[1])) || (*q == '(' && q[1] == '+' &&
		    isdigit((unsigned char)q[2]))) || (q > s && isalnum((unsigned char)q[-1])))
			continue;
		if (zip_lead(s, q)) {
			q += 5;
			continue;
		}
		while (*e != '\0' && (isdigit((unsigned char)*e) || strchr("+-() .", *e) ||
		    (*e == '/' && area_slash(q, e)))) {
			digits += isdigit((unsigned char)*e) != 0;
			if (*e == ' ' && e[1] == ' ')
				break;
			e++;
		}
		while (e > q && !isdigit((unsigned char)e[-1]) && e[-1] != ')')
			e--;
		/* "B.I. nº: 110100456789B": figures run into a letter are an
		 * identity card's number, not a phone's */
		if (isalpha((unsigned char)*e) && e > q && isdigit((unsigned char)e[-1])) {
			q = e;
			continue;
		}
		if (digits >= 7 && digits <= 15 && !(digits == 8 && year_pair(q, e)) &&
		    !(digits <= 8 && day_date(q, e)) && !pt_postcode(q, e) && !cep(s, q, e) &&
		    !jp_postcode(s, q, e) && !birth_id(q, e) &&
		    !id_number(s, q))
			profile_setn(&p->basics.phone, q, (size_t)(e - q));
		q = e > q ? e - 1 : q;
	}
}

struct network {
	const char *host, *name;
};

static const struct network networks[] = {
	{ "github.com/", "GitHub" }, { "linkedin.com/in/", "LinkedIn" },
	{ "linkedin.com/", "LinkedIn" }, { "gitlab.com/", "GitLab" },
	{ "twitter.com/", "Twitter" }, { "x.com/", "X" },
	{ "stackoverflow.com/users/", "Stack Overflow" }, { "medium.com/", "Medium" },
	{ "kaggle.com/", "Kaggle" }, { "bitbucket.org/", "Bitbucket" },
	{ "behance.net/", "Behance" }, { "dribbble.com/", "Dribbble" },
	{ "scholar.google.com/", "Google Scholar" }, { "researchgate.net/", "ResearchGate" },
	{ "orcid.org/", "ORCID" }, { "mastodon.social/", "Mastodon" },
	{ "youtube.com/", "YouTube" }, { "facebook.com/", "Facebook" },
	{ "instagram.com/", "Instagram" }, { "xing.com/profile/", "XING" },
	{ NULL, NULL },
};

/* A job board's or applicant tracking system's host ("www.indeed.com/...",
 * "de.indeed.com"): a page dumped from such a site links to it everywhere,
 * and none of those links is the person's own site. */
static int
board_host(const char *host)
{
	static const char *const boards[] = { "indeed.", "monster.", "glassdoor.",
		"stepstone.", "naukri.", "seek.", "reed.co.", "totaljobs.", "ziprecruiter.",
		"careerbuilder.", "dice.com", "infojobs.", "jobteaser.", "welcometothejungle.",
		"wellfound.", "angel.co", "myworkdayjobs.", "greenhouse.io", "lever.co",
		"smartrecruiters.", "icims.", "taleo.", "jobs.ch", "jobscout24.", "pracuj.",
		"arbetsformedlingen.", "finn.no", "jobindex.", "hellowork.", "apec.fr",
		"cadremploi.", "shine.com", "foundit.", "timesjobs.", "jora.", NULL };
	size_t end = strcspn(host, "/?#");

	for (size_t i = 0; i < end; i++)
		if ((i == 0 || host[i - 1] == '.') && wordlist_prefix(boards, host + i) > 0)
			return 1;
	return 0;
}

void
contact_url(struct profile *p, const char *u, size_t len)
{
	char *url, *host;
	size_t n;

	/* a page's links to itself ("Skip to content", an anchor) and to
	 * files on the machine that dumped it name no site of the person */
	if (strncmp(u, "mailto:", 7) == 0 || strncmp(u, "tel:", 4) == 0 ||
	    strncmp(u, "file:", 5) == 0 || *u == '#')
		return;
	url = parse_trim(u, len);
	n = strlen(url);
	while (n > 0 && strchr(".,;)>", url[n - 1]) != NULL)
		url[--n] = '\0';
	host = strstr(url, "://") != NULL ? strstr(url, "://") + 3 : url;
	if (strncmp(host, "www.", 4) == 0 && strncmp(host + 4, "linkedin", 8) == 0)
		host += 4;
	for (const struct network *k = networks; k->host != NULL; k++) {
		size_t hl = strlen(k->host);
		if (strncmp(host, k->host, hl) == 0 && host[hl] != '\0') {
			for (size_t i = 0; i < p->basics.nprofiles; i++)
				if (strcmp(p->basics.profiles[i].network, k->name) == 0)
					goto done;
			struct social *so = profile_add_social(p);
			profile_set(&so->network, k->name);
			profile_setn(&so->username, host + hl, strcspn(host + hl, "/?#"));
			profile_set(&so->url, url);
			goto done;
		}
	}
	if (p->basics.url == NULL && strchr(host, '.') != NULL && strchr(url, '@') == NULL &&
	    !board_host(host))
		profile_set(&p->basics.url, url);
done:
	free(url);
}

static int
url_start(const char *s, const char *q)
{
	if (q > s && !(q[-1] == ' ' || q[-1] == '\t' || q[-1] == '(' || q[-1] == '<' ||
	    q[-1] == '|' || q[-1] == ':' || q[-1] == ','))
		return 0;
	if (strncmp(q, "http://", 7) == 0 || strncmp(q, "https://", 8) == 0 ||
	    strncmp(q, "www.", 4) == 0)
		return 1;
	for (const struct network *k = networks; k->host != NULL; k++)
		if (strncmp(q, k->host, strlen(k->host)) == 0)
			return 1;
	return 0;
}

void
contact_urls(struct profile *p, const char *s)
{
	for (const char *q = s; *q != '\0'; q++)
		if (url_start(s, q)) {
			size_t n = strcspn(q, " \t|<>\"");
			contact_url(p, q, n);
			q += n - 1;
		}
}

/* "GitHub", "LinkedIn": the names of links whose targets went elsewhere. */
int
contact_network(const char *s)
{
	for (const struct network *k = networks; k->host != NULL; k++)
		if (strcasecmp(s, k->name) == 0)
			return 1;
	return strcasecmp(s, "Website") == 0 || strcasecmp(s, "Portfolio") == 0 ||
	    strcasecmp(s, "Blog") == 0;
}

