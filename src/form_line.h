/*
 * form_line: what a line of a labelled form says: the field its label
 * names and where its value starts ("Job Title: Engineer", "Job Title *",
 * a table's row "Job Title<TAB>Engineer"), the number before a record's
 * first label, the form's counter over a record ("Work Experience 2"),
 * and the headings under which the labels are the referees' or the
 * projects', no record's of the form.
 */
#ifndef DOSSIER_FORM_LINE_H
#define DOSSIER_FORM_LINE_H

#include <stddef.h>

#include "form_labels.h"
#include "layout.h"

/* "REFEREES", "Character References:": whether s heads the referees. */
int form_line_references(const char *);
/* "ACADEMIC PROJECTS": whether the line heads projects. */
int form_line_projects(const struct line *);
/* Whether l heads a section: looks like a heading, or is numbered and in
 * capitals ("4. EXPERIENCIA LABORAL"). */
int form_line_heading(const struct line *);
/* Whether s is a built-in heading's wording as a whole ("Izglītība"). */
int form_line_wording(const char *s);
/* Whether l heads the jobs ("4. EXPERIENCIA LABORAL"), under which a
 * school's label ("Institución:") names the employer. */
int form_line_work(const struct line *);
/* "HABILITAÇÕES LITERÁRIAS", "EDUCATION": a heading of the schools. */
int form_line_schools(const struct line *);
/* "FORMAÇÃO PROFISSIONAL", "CERTIFICATIONS": a heading of courses. */
int form_line_courses(const struct line *);
int form_line_objective(const char *);
/* "1)<TAB>", "2. ": the bytes of a record's number before its label. */
size_t form_line_enumerator(const char *);
/* The field s labels and where its value starts (0: on the next line). */
enum form_field form_line_label(const char *, size_t *value);
/* A label of dates, with its colon or with none before a figure
 * ("Start Date 06/2014"); F_NONE if s starts with none. */
enum form_field form_line_date_label(const char *, size_t *value);
/* The field line i labels, a loose table's row too. */
enum form_field form_line_label_at(const struct layout *, size_t i, size_t *value);
/* "Work Experience 2": whether s is the form's counter over a record. */
int form_line_counter(const char *);

/* "Addis Ababa (with frequent field travel to Afar and Amhara regions)": a
 * place with a note of three words or more in brackets after it, the place
 * alone (allocated); NULL when the value has no such note. */
char *form_line_place_bare(const char *value);

/* "P.O. Box 64, Bairiki", "Private Bag X1": an address letters go to,
 * no home. */
int form_line_postal_box(const char *value);

#endif
