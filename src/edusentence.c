/*
 * edusentence: a line of education written as a sentence, rewritten as
 * the parts the rest of the parser reads:
 *
 *	B.Tech (ECE) from JNTU Hyderabad in 2017 with 72%.
 *	Grado en Enfermería. Universidad Complutense de Madrid.
 *
 * become "B.Tech (ECE) | JNTU Hyderabad, 2017, 72%" and "Grado en
 * Enfermería | Universidad Complutense de Madrid".
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "edudegree.h"
#include "eduscore.h"
#include "edusentence.h"
#include "parse.h"
#include "xalloc.h"

/* Whether s names a degree and no school. */
static int
degree_only(const char *s)
{
	return role_degree_score(s) > 0 && role_school_score(s) == 0;
}

/* Whether s names a school and no degree. */
static int
school_only(const char *s)
{
	return role_school_score(s) > 0 && role_degree_score(s) == 0;
}

/* A sentence's full stop between a degree and a school, in either order
 * ("Grado en Enfermería. Universidad Complutense de Madrid."): after a
 * word of four letters or more with no dot in it, before a capital or a
 * figure; not an abbreviation's ("Jeppiaar Engg. College Chennai"). */
static int
sentence_stop(const char *s, const char *dot)
{
	const char *w = dot, *end;
	char *left, *right;
	int ok;

	while (w > s && !isspace((unsigned char)w[-1]) && w[-1] != '.')
		w--;
	if (dot - w < 4 || (w > s && w[-1] == '.') ||
	    (!isupper((unsigned char)dot[2]) && !isdigit((unsigned char)dot[2])))
		return 0;
	end = strstr(dot + 2, ". ");
	left = xstrndup(s, (size_t)(dot - s));
	right = end != NULL ? xstrndup(dot + 2, (size_t)(end - dot - 2)) : xstrdup(dot + 2);
	ok = (degree_only(left) && school_only(right)) || (school_only(left) && degree_only(right));
	free(left);
	free(right);
	return ok;
}

/* The sentence a résumé writes its school in, as parts: "B.Tech (ECE)
 * from JNTU Hyderabad in 2017 with 72%." is "B.Tech (ECE) | JNTU
 * Hyderabad, 2017, 72%"; "Grado en Enfermería. Universidad Complutense
 * de Madrid." is "Grado en Enfermería | Universidad Complutense de
 * Madrid". */
char *
edusentence_parts(const char *h)
{
	struct buf b = BUF_INIT;
	size_t n = strlen(h);
	char *t;

	if (n > 1 && h[n - 1] == '.') {	/* "... with 72%.", "... de Madrid." */
		size_t w = n - 1;
		while (w > 0 && h[w - 1] != ' ' && h[w - 1] != '.')
			w--;
		if ((n - 1 - w >= 3 && (w == 0 || h[w - 1] == ' ')) || h[n - 2] == '%' ||
		    isdigit((unsigned char)h[n - 2]))
			n--;
	}
	for (size_t i = 0; i < n; i++) {
		const char *q = h + i;
		if (strncmp(q, " from ", 6) == 0) {
			char *left = xstrndup(h, i);
			int degree = degree_only(left);
			free(left);
			if (degree) {
				buf_adds(&b, " | ");
				i += 5;
				if (strncmp(q + 6, "the ", 4) == 0)
					i += 4;
				continue;
			}
		}
		/* " in 2017", " with 72%": the joining word before a figure */
		if ((strncmp(q, " in ", 4) == 0 && isdigit((unsigned char)q[4])) ||
		    (strncmp(q, " with ", 6) == 0 && isdigit((unsigned char)q[6]))) {
			buf_adds(&b, ", ");
			i += q[1] == 'i' ? 3 : 5;
			continue;
		}
		/* "..., 2018. GPA: 3.86/4.00": the grade after a full stop */
		if (q[0] == '.' && q[1] == ' ' && i > 0 && isdigit((unsigned char)q[-1]) &&
		    eduscore_only(q + 2)) {
			buf_adds(&b, ", ");
			i++;
			continue;
		}
		if (q[0] == '.' && q[1] == ' ' && q[2] != '\0' && sentence_stop(h, q)) {
			buf_adds(&b, " | ");
			i++;
			continue;
		}
		buf_addc(&b, *q);
	}
	t = xstrdup(b.s != NULL ? b.s : "");
	buf_free(&b);
	return t;
}
