/*
 * europass_places: the places of the Europass of the online editor.
 *
 * It writes a place after its employer or school with labels, and other
 * labelled details after it: "Hapag-Lloyd AG City: Hamburg | Country:
 * Germany", "Universidad de Sevilla Ciudad: Sevilla | País: España | Nota
 * final: 8,7".  europass_places drops the place labels ("Hapag-Lloyd AG,
 * Hamburg, Germany") and gives each later label a line of its own.
 */
#ifndef DOSSIER_EUROPASS_PLACES_H
#define DOSSIER_EUROPASS_PLACES_H

#include "layout.h"

void europass_places(struct layout *);

#endif
