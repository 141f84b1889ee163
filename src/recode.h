/*
 * recode: résumé bytes as they arrive into clean UTF-8 text.
 *
 * Résumés come as UTF-8 with or without a byte order mark, UTF-16 with one,
 * Windows-1252 from old editors, and UTF-8 that went through a Windows-1252
 * decoder once too often ("â€¢" for "•").  recode_text finds out which,
 * repairs what it can, and leaves text the layout and section parsers can
 * trust: lines end in "\n" alone, pages are separated by "\f", ligatures are
 * spelled out, odd spaces are spaces, and no control character or escape
 * sequence survives (but newline, tab and form feed).
 */
#ifndef DOSSIER_RECODE_H
#define DOSSIER_RECODE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "status.h"

enum status recode_text(const char *data, size_t len, struct buf *out, char *err,
    size_t errlen);

/* The byte Windows-1252 writes for cp, or -1 when it has none. */
int recode_cp1252_byte(uint32_t cp);
/* The code point Windows-1252 byte b stands for. */
uint32_t recode_cp1252_char(unsigned char b);

#endif
