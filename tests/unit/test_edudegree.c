/*
 * edudegree_split against a table of the ways résumés write a degree:
 * its type, its field and a grade, with or without separators.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "edudegree.h"
#include "eduscore.h"
#include "profile.h"

static const struct {
	const char *line, *type, *area, *score;	/* NULL: none */
} cases[] = {
	{ "BSc Computer Science", "BSc", "Computer Science", NULL },
	{ "BSc (Hons) Adult Nursing", "BSc (Hons)", "Adult Nursing", NULL },
	{ "B.Sc. Biochemie", "B.Sc.", "Biochemie", NULL },
	{ "MBA Finance", "MBA", "Finance", NULL },
	{ "BSc (Hons) Nursing Science – 2:1", "BSc (Hons)", "Nursing Science", "2:1" },
	{ "MSc Data Science, Distinction", "MSc", "Data Science", "Distinction" },
	{ "A-Levels: Biology (A), Chemistry (B)", "A-Levels", "Biology (A), Chemistry (B)", NULL },
	{ "Grado en Enfermería", "Grado", "Enfermería", NULL },
	{ "Mestrado em Biologia", "Mestrado", "Biologia", NULL },
	{ "M\xc3\xa1ster en Ingenier\xc3\xad" "a de Caminos, Canales y Puertos", "M\xc3\xa1ster",
	    "Ingenier\xc3\xad" "a de Caminos, Canales y Puertos", NULL },
	{ "M.Sc. in Physics", "M.Sc.", "Physics", NULL },
	{ "B.E., Computer Science", "B.E.", "Computer Science", NULL },
	{ "PhD Candidate", "PhD Candidate", NULL, NULL },
	{ "Certificate IV Training and Assessment", "Certificate IV Training and Assessment", NULL, NULL },
	{ "Higher Secondary Certificate", "Higher Secondary Certificate", NULL, NULL },
	{ "B.Tech (ECE)", "B.Tech (ECE)", NULL, NULL },
	{ "Kandidatexamen, Datavetenskap", "Kandidatexamen", "Datavetenskap", NULL },
	{ "PhD (Chemistry)", "PhD", "Chemistry", NULL },
	{ "B.Com (Accounting & Finance)", "B.Com", "Accounting & Finance", NULL },
	{ "M.Eng. Biomedical Engineering", "M.Eng.", "Biomedical Engineering", NULL },
	{ "Bachelor of Commerce", "Bachelor of Commerce", NULL, NULL },
	{ "Kenya Certificate of Secondary Education (KCSE), Mean Grade B",
	    "Kenya Certificate of Secondary Education (KCSE)", NULL, "Mean Grade B" },
	{ "BSc Economics, Upper Second", "BSc", "Economics", "Upper Second" },
	{ "Postgraduate Diploma in Peace and Development Studies (evening programme)",
	    "Postgraduate Diploma", "Peace and Development Studies", NULL },
	{ "MSc in Public Health (part-time)", "MSc", "Public Health", NULL },
	{ "BA in Economics (Finance)", "BA", "Economics (Finance)", NULL },
};

static void
same(const char *line, const char *what, const char *got, const char *want)
{
	if (want == NULL && got != NULL)
		fail_msg("'%s': %s '%s', expected none", line, what, got);
	if (want != NULL && (got == NULL || strcmp(got, want) != 0))
		fail_msg("'%s': %s '%s', expected '%s'", line, what, got ? got : "(none)", want);
}

static void
test_degrees(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct education e = { 0 };
		edudegree_split(cases[i].line, &e);
		same(cases[i].line, "studyType", e.study_type, cases[i].type);
		same(cases[i].line, "area", e.area, cases[i].area);
		same(cases[i].line, "score", e.score, cases[i].score);
		free(e.study_type);
		free(e.area);
		free(e.score);
	}
}

static void
test_grades(void **state)
{
	static const char *const yes[] = { "72%", "3.8/4.0", "2:1", "First Class", "GPA: 3.6",
		"8,5", "Promedio: 9.1", "Moyenne : 15,2/20", "Mean Grade B+", "Grade: A-",
		"Lower Second", NULL };
	static const char *const no[] = { "Computer Science", "2021", "University of Leeds",
		"12:30", "Upper Secondary School", "Grade 12", "Grade Book", NULL };
	char *g;

	(void)state;
	for (int i = 0; yes[i] != NULL; i++) {
		g = NULL;
		if (!eduscore_read(yes[i], &g))
			fail_msg("'%s' is a grade", yes[i]);
		free(g);
	}
	for (int i = 0; no[i] != NULL; i++) {
		g = NULL;
		if (eduscore_read(no[i], &g))
			fail_msg("'%s' is no grade, got '%s'", no[i], g);
		free(g);
	}
}

/* "Diploma with honours": a grade's kind of diploma, no degree; a word
 * run on with hyphens is read no further than the string. */
static void
test_honours(void **state)
{
	(void)state;
	assert_true(edudegree_honours("Diploma with honours"));
	assert_true(edudegree_honours("Diploma cum laude"));
	assert_false(edudegree_honours("Diploma in Accounting"));
	assert_false(edudegree_honours("Diploma"));
	assert_false(edudegree_honours("Diploma-with-honours"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_degrees),
		cmocka_unit_test(test_grades),
		cmocka_unit_test(test_honours),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
