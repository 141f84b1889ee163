/*
 * rtlcells: a bilingual CV's second script.  A résumé written in English
 * (or another language in Latin letters) for the Gulf or for Israel may
 * set the Arabic or Hebrew of its name and headings beside the Latin text,
 * "PROFILE<gap>نبذة": read as text, that translation becomes the headline
 * or a degree.  Where Arabic and Hebrew letters are a third of the Latin
 * ones or fewer, the cells and lines written only in them go.
 */
#ifndef DOSSIER_RTLCELLS_H
#define DOSSIER_RTLCELLS_H

struct layout;

void rtlcells_drop(struct layout *);

#endif
