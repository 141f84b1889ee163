#ifndef DOSSIER_CERTLINE_H
#define DOSSIER_CERTLINE_H

#include "date.h"

/* Whether s says when a certificate or an award was issued ("Issued Jun
 * 2022", "Emitido em jun de 2022", "Issued by IEEE · 2019"): the date in
 * *when (y 0 when none), the issuer in *by (a new string, or NULL). */
int certline_issued(const char *s, struct ym *when, char **by);
/* Whether s is a line of the record with nothing to keep ("Credential ID
 * 8XK2", "Show credential", "Expires Jun 2025", "Associated with ..."). */
int certline_noise(const char *s);

#endif
