/*
 * datewords: the words that mean something to a date; see datewords.h.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "datewords.h"
#include "fold.h"

struct date_word {
	const char *word;
	enum dw_kind kind;
	int val;
};

/* Folded, sorted (a unit test checks), looked up by bsearch. */
static const struct date_word date_words[] = {
	{ "a", DW_SEP, 0 }, { "abr", DW_MONTH, 4 }, { "abril", DW_MONTH, 4 },
	{ "actual", DW_OPEN, 0 }, { "actualidad", DW_OPEN, 0 },
	{ "actualmente", DW_OPEN, 0 },
	{ "actuel", DW_OPEN, 0 }, { "actuellement", DW_OPEN, 0 }, { "ad", DW_SEP, 0 },
	{ "ago", DW_MONTH, 8 },
	{ "agosto", DW_MONTH, 8 },
	{ "ags", DW_MONTH, 8 },
	{ "agt", DW_MONTH, 8 },
	{ "agu", DW_MONTH, 8 },
	{ "agust", DW_MONTH, 8 }, { "agustos", DW_MONTH, 8 }, { "agustus", DW_MONTH, 8 },
	{ "aktualisht", DW_OPEN, 0 },
	{ "aktuell", DW_OPEN, 0 }, { "al", DW_SEP, 0 },
	{ "an", DW_YEARS, 0 }, { "and", DW_AND, 0 },
	{ "ani", DW_YEARS, 0 }, { "anni", DW_YEARS, 0 },
	{ "anno", DW_YEARS, 0 },
	{ "ano", DW_YEARS, 0 }, { "anos", DW_YEARS, 0 }, { "ans", DW_YEARS, 0 },
	{ "ao", DW_SEP, 0 },
	{ "aout", DW_MONTH, 8 }, { "apr", DW_MONTH, 4 }, { "april", DW_MONTH, 4 },
	{ "aprile", DW_MONTH, 4 }, { "aprilie", DW_MONTH, 4 },
	{ "aprilis", DW_MONTH, 4 }, { "ar", DW_YEARS, 0 }, { "aralik", DW_MONTH, 12 }, { "ate", DW_SEP, 0 },
	{ "attuale", DW_OPEN, 0 }, { "atual", DW_OPEN, 0 },
	{ "atualidade", DW_OPEN, 0 }, { "atualmente", DW_OPEN, 0 },
	{ "au", DW_SEP, 0 },
	{ "aug", DW_MONTH, 8 }, { "august", DW_MONTH, 8 }, { "augusti", DW_MONTH, 8 },
	{ "augustus", DW_MONTH, 8 }, { "augusztus", DW_MONTH, 8 }, { "aujourd'hui", DW_OPEN, 0 },
	{ "automne", DW_SEASON, 9 }, { "autumn", DW_SEASON, 9 },
	{ "autunno", DW_SEASON, 9 },
	{ "avgust", DW_MONTH, 8 },
	{ "avr", DW_MONTH, 4 }, { "avril", DW_MONTH, 4 }, { "ay", DW_MONTHS, 0 },
	{ "balandis", DW_MONTH, 4 }, { "balandzio", DW_MONTH, 4 }, { "between", DW_FROM, 0 },
	{ "birzelio", DW_MONTH, 6 }, { "birzelis", DW_MONTH, 6 }, { "bis", DW_SEP, 0 },
	{ "bln", DW_MONTHS, 0 },
	{ "brezen", DW_MONTH, 3 },
	{ "brezna", DW_MONTH, 3 },
	{ "bulan", DW_MONTHS, 0 },
	{ "cerven", DW_MONTH, 6 },
	{ "cervence", DW_MONTH, 7 },
	{ "cervenec", DW_MONTH, 7 },
	{ "cervna", DW_MONTH, 6 }, { "continuing", DW_OPEN, 0 },
	{ "current", DW_OPEN, 0 },
	{ "currently", DW_OPEN, 0 }, { "czerwca", DW_MONTH, 6 },
	{ "czerwiec", DW_MONTH, 6 },
	{ "da", DW_FROM, 0 }, { "dabar", DW_OPEN, 0 }, { "dal", DW_SINCE, 0 },
	{ "danas", DW_OPEN, 0 },
	{ "danes", DW_OPEN, 0 },
	{ "date", DW_OPEN, 0 }, { "dato", DW_OPEN, 0 },
	{ "de", DW_FROM, 0 },
	{ "dec", DW_MONTH, 12 }, { "decembar", DW_MONTH, 12 },
	{ "december", DW_MONTH, 12 },
	{ "decembre", DW_MONTH, 12 },
	{ "decembrie", DW_MONTH, 12 }, { "depuis", DW_SINCE, 0 },
	{ "derzeit", DW_OPEN, 0 },
	{ "des", DW_MONTH, 12 },
	{ "desde", DW_SINCE, 0 }, { "desember", DW_MONTH, 12 },
	{ "dez", DW_MONTH, 12 },
	{ "dezember", DW_MONTH, 12 }, { "dezembro", DW_MONTH, 12 },
	{ "dhjetor", DW_MONTH, 12 },
	{ "dic", DW_MONTH, 12 },
	{ "dicembre", DW_MONTH, 12 }, { "diciembre", DW_MONTH, 12 },
	{ "disember", DW_MONTH, 12 },
	{ "do", DW_SEP, 0 },
	{ "dodnes", DW_OPEN, 0 },
	{ "dosud", DW_OPEN, 0 },
	{ "du", DW_FROM, 0 },
	{ "duben", DW_MONTH, 4 },
	{ "dubna", DW_MONTH, 4 }, { "dzis", DW_OPEN, 0 }, { "dzisiaj", DW_OPEN, 0 },
	{ "e", DW_AND, 0 }, { "efteraret", DW_SEASON, 9 },
	{ "ekim", DW_MONTH, 10 },
	{ "elo", DW_MONTH, 8 },
	{ "elokuu", DW_MONTH, 8 },
	{ "ene", DW_MONTH, 1 }, { "enero", DW_MONTH, 1 }, { "entre", DW_FROM, 0 },
	{ "et", DW_AND, 0 }, { "ete", DW_SEASON, 5 }, { "etes", DW_SEASON, 5 },
	{ "ev", DW_YEARS, 0 }, { "eylul", DW_MONTH, 9 }, { "fall", DW_SEASON, 9 },
	{ "feb", DW_MONTH, 2 },
	{ "febbraio", DW_MONTH, 2 }, { "febr", DW_MONTH, 2 },
	{ "febrero", DW_MONTH, 2 },
	{ "februar", DW_MONTH, 2 }, { "februari", DW_MONTH, 2 },
	{ "februarie", DW_MONTH, 2 },
	{ "february", DW_MONTH, 2 }, { "fev", DW_MONTH, 2 },
	{ "fevereiro", DW_MONTH, 2 },
	{ "fevr", DW_MONTH, 2 }, { "fevrier", DW_MONTH, 2 }, { "fino", DW_SEP, 0 },
	{ "foraret", DW_SEASON, 3 },
	{ "fran", DW_SINCE, 0 }, { "from", DW_FROM, 0 },
	{ "fruehling", DW_SEASON, 3 },
	{ "fruhjahr", DW_SEASON, 3 }, { "fruhling", DW_SEASON, 3 },
	{ "geguze", DW_MONTH, 5 }, { "geguzes", DW_MONTH, 5 }, { "gen", DW_MONTH, 1 },
	{ "gennaio", DW_MONTH, 1 }, { "gestion", DW_FROM, 0 }, { "giu", DW_MONTH, 6 },
	{ "giugno", DW_MONTH, 6 },
	{ "grudnia", DW_MONTH, 12 }, { "grudzien", DW_MONTH, 12 },
	{ "gruodis", DW_MONTH, 12 }, { "gruodzio", DW_MONTH, 12 }, { "gunumuz", DW_OPEN, 0 },
	{ "gusht", DW_MONTH, 8 },
	{ "halen", DW_OPEN, 0 }, { "hasta", DW_SEP, 0 },
	{ "haziran", DW_MONTH, 6 },
	{ "heden", DW_OPEN, 0 },
	{ "heina", DW_MONTH, 7 },
	{ "heinakuu", DW_MONTH, 7 },
	{ "helmi", DW_MONTH, 2 },
	{ "helmikuu", DW_MONTH, 2 }, { "herbst", DW_SEASON, 9 },
	{ "herfst", DW_SEASON, 9 },
	{ "heute", DW_OPEN, 0 },
	{ "hingga", DW_SEP, 0 },
	{ "hiver", DW_SEASON, 1 }, { "hivers", DW_SEASON, 1 }, { "hoje", DW_OPEN, 0 },
	{ "honap", DW_MONTHS, 0 },
	{ "hosten", DW_SEASON, 9 }, { "hoy", DW_OPEN, 0 },
	{ "huhti", DW_MONTH, 4 },
	{ "huhtikuu", DW_MONTH, 4 },
	{ "huidig", DW_OPEN, 0 }, { "i", DW_AND, 0 },
	{ "ianuarie", DW_MONTH, 1 }, { "idag", DW_OPEN, 0 },
	{ "inverno", DW_SEASON, 1 }, { "invierno", DW_SEASON, 1 },
	{ "inviernos", DW_SEASON, 1 },
	{ "iulie", DW_MONTH, 7 },
	{ "iunie", DW_MONTH, 6 }, { "j", DW_YEARS, 0 }, { "jaar", DW_YEARS, 0 },
	{ "jaenner", DW_MONTH, 1 },
	{ "jahr", DW_YEARS, 0 }, { "jahre", DW_YEARS, 0 }, { "jahren", DW_YEARS, 0 },
	{ "jan", DW_MONTH, 1 }, { "janar", DW_MONTH, 1 }, { "janeiro", DW_MONTH, 1 },
	{ "janner", DW_MONTH, 1 },
	{ "januar", DW_MONTH, 1 }, { "januari", DW_MONTH, 1 },
	{ "january", DW_MONTH, 1 },
	{ "janv", DW_MONTH, 1 }, { "janvier", DW_MONTH, 1 }, { "jaren", DW_YEARS, 0 },
	{ "jelenleg", DW_OPEN, 0 }, { "jesien", DW_SEASON, 9 },
	{ "jetzt", DW_OPEN, 0 },
	{ "joulu", DW_MONTH, 12 },
	{ "joulukuu", DW_MONTH, 12 }, { "juil", DW_MONTH, 7 },
	{ "juillet", DW_MONTH, 7 },
	{ "juin", DW_MONTH, 6 }, { "jul", DW_MONTH, 7 }, { "julai", DW_MONTH, 7 },
	{ "julho", DW_MONTH, 7 },
	{ "juli", DW_MONTH, 7 }, { "julij", DW_MONTH, 7 },
	{ "julio", DW_MONTH, 7 }, { "julius", DW_MONTH, 7 }, { "july", DW_MONTH, 7 },
	{ "jun", DW_MONTH, 6 }, { "june", DW_MONTH, 6 }, { "junho", DW_MONTH, 6 },
	{ "juni", DW_MONTH, 6 }, { "junij", DW_MONTH, 6 },
	{ "junio", DW_MONTH, 6 }, { "junius", DW_MONTH, 6 }, { "jusqu'a", DW_SEP, 0 },
	{ "jusqu'au", DW_SEP, 0 },
	{ "kasim", DW_MONTH, 11 },
	{ "kesa", DW_MONTH, 6 },
	{ "kesakuu", DW_MONTH, 6 },
	{ "kevat", DW_SEASON, 3 },
	{ "kini", DW_OPEN, 0 },
	{ "kolovoz", DW_MONTH, 8 },
	{ "kolovoza", DW_MONTH, 8 },
	{ "korrik", DW_MONTH, 7 },
	{ "kovas", DW_MONTH, 3 }, { "kovo", DW_MONTH, 3 }, { "kuukausi", DW_MONTHS, 0 }, { "kuukautta", DW_MONTHS, 0 },
	{ "kveten", DW_MONTH, 5 },
	{ "kvetna", DW_MONTH, 5 }, { "kwiecien", DW_MONTH, 4 },
	{ "kwietnia", DW_MONTH, 4 },
	{ "lapkricio", DW_MONTH, 11 }, { "lapkritis", DW_MONTH, 11 }, { "lat", DW_YEARS, 0 }, { "lata", DW_YEARS, 0 },
	{ "leden", DW_MONTH, 1 },
	{ "ledna", DW_MONTH, 1 }, { "let", DW_YEARS, 0 }, { "liepa", DW_MONTH, 7 }, { "liepos", DW_MONTH, 7 }, { "lipanj", DW_MONTH, 6 },
	{ "lipca", DW_MONTH, 7 },
	{ "lipiec", DW_MONTH, 7 }, { "lipnja", DW_MONTH, 6 },
	{ "listopad", DW_MONTH, 11 },
	{ "listopada", DW_MONTH, 11 },
	{ "listopadu", DW_MONTH, 11 },
	{ "loka", DW_MONTH, 10 },
	{ "lokakuu", DW_MONTH, 10 }, { "lug", DW_MONTH, 7 },
	{ "luglio", DW_MONTH, 7 },
	{ "luni", DW_MONTHS, 0 }, { "lutego", DW_MONTH, 2 }, { "luty", DW_MONTH, 2 },
	{ "maalis", DW_MONTH, 3 },
	{ "maaliskuu", DW_MONTH, 3 }, { "maand", DW_MONTHS, 0 },
	{ "maanden", DW_MONTHS, 0 }, { "maart", DW_MONTH, 3 },
	{ "mac", DW_MONTH, 3 },
	{ "maerz", DW_MONTH, 3 },
	{ "mag", DW_MONTH, 5 }, { "maggio", DW_MONTH, 5 }, { "mai", DW_MONTH, 5 },
	{ "maio", DW_MONTH, 5 }, { "maj", DW_MONTH, 5 }, { "maja", DW_MONTH, 5 },
	{ "majus", DW_MONTH, 5 }, { "manad", DW_MONTHS, 0 }, { "manader", DW_MONTHS, 0 },
	{ "maned", DW_MONTHS, 0 }, { "maneder", DW_MONTHS, 0 },
	{ "mar", DW_MONTH, 3 },
	{ "marca", DW_MONTH, 3 }, { "march", DW_MONTH, 3 }, { "marcius", DW_MONTH, 3 }, { "marco", DW_MONTH, 3 },
	{ "marec", DW_MONTH, 3 },
	{ "maret", DW_MONTH, 3 },
	{ "marras", DW_MONTH, 11 },
	{ "marraskuu", DW_MONTH, 11 },
	{ "mars", DW_MONTH, 3 }, { "mart", DW_MONTH, 3 }, { "martie", DW_MONTH, 3 },
	{ "marts", DW_MONTH, 3 }, { "marz", DW_MONTH, 3 },
	{ "marzec", DW_MONTH, 3 }, { "marzo", DW_MONTH, 3 }, { "may", DW_MONTH, 5 },
	{ "mayis", DW_MONTH, 5 },
	{ "mayo", DW_MONTH, 5 }, { "mdr", DW_MONTHS, 0 }, { "mei", DW_MONTH, 5 },
	{ "mes", DW_MONTHS, 0 },
	{ "mese", DW_MONTHS, 0 }, { "meses", DW_MONTHS, 0 }, { "mesi", DW_MONTHS, 0 },
	{ "mesic", DW_MONTHS, 0 }, { "mesice", DW_MONTHS, 0 },
	{ "mesicu", DW_MONTHS, 0 }, { "mies", DW_MONTHS, 0 },
	{ "miesiace", DW_MONTHS, 0 }, { "miesiecy", DW_MONTHS, 0 },
	{ "mo", DW_MONTHS, 0 }, { "mois", DW_MONTHS, 0 }, { "mon", DW_MONTHS, 0 },
	{ "monat", DW_MONTHS, 0 }, { "monate", DW_MONTHS, 0 },
	{ "monaten", DW_MONTHS, 0 },
	{ "mons", DW_MONTHS, 0 }, { "month", DW_MONTHS, 0 },
	{ "months", DW_MONTHS, 0 },
	{ "mos", DW_MONTHS, 0 }, { "mrt", DW_MONTH, 3 }, { "nadal", DW_OPEN, 0 },
	{ "najaar", DW_SEASON, 9 },
	{ "napjainkig", DW_OPEN, 0 }, { "navaerende", DW_OPEN, 0 }, { "nay", DW_OPEN, 0 },
	{ "ne", DW_SEP, 0 },		/* Albanian "në vazhdim", ongoing */
	{ "nentor", DW_MONTH, 11 },
	{ "nisan", DW_MONTH, 4 },
	{ "noiembrie", DW_MONTH, 11 }, { "nov", DW_MONTH, 11 },
	{ "novembar", DW_MONTH, 11 },
	{ "november", DW_MONTH, 11 },
	{ "novembre", DW_MONTH, 11 }, { "novembro", DW_MONTH, 11 },
	{ "noviembre", DW_MONTH, 11 }, { "now", DW_OPEN, 0 }, { "nu", DW_OPEN, 0 },
	{ "nuvaerende", DW_OPEN, 0 },
	{ "nuvarande", DW_OPEN, 0 },
	{ "nykyaan", DW_OPEN, 0 },
	{ "nykyinen", DW_OPEN, 0 },
	{ "obecnie", DW_OPEN, 0 },
	{ "ocak", DW_MONTH, 1 }, { "och", DW_AND, 0 },
	{ "oct", DW_MONTH, 10 }, { "october", DW_MONTH, 10 },
	{ "octobre", DW_MONTH, 10 }, { "octombrie", DW_MONTH, 10 },
	{ "octubre", DW_MONTH, 10 }, { "od", DW_SINCE, 0 },
	{ "og", DW_AND, 0 }, { "oggi", DW_OPEN, 0 },
	{ "ogos", DW_MONTH, 8 },
	{ "okt", DW_MONTH, 10 }, { "oktobar", DW_MONTH, 10 },
	{ "oktober", DW_MONTH, 10 },
	{ "ongoing", DW_OPEN, 0 },
	{ "onward", DW_OPEN, 0 },
	{ "onwards", DW_OPEN, 0 },
	{ "otono", DW_SEASON, 9 }, { "ott", DW_MONTH, 10 },
	{ "ottobre", DW_MONTH, 10 },
	{ "out", DW_MONTH, 10 },
	{ "outono", DW_SEASON, 9 }, { "outubro", DW_MONTH, 10 },
	{ "ozujak", DW_MONTH, 3 },
	{ "ozujka", DW_MONTH, 3 },
	{ "pagaende", DW_OPEN, 0 },
	{ "pazdziernik", DW_MONTH, 10 }, { "pazdziernika", DW_MONTH, 10 },
	{ "podzim", DW_SEASON, 9 },
	{ "present", DW_OPEN, 0 }, { "presente", DW_OPEN, 0 },
	{ "presently", DW_OPEN, 0 },
	{ "prezent", DW_OPEN, 0 }, { "prezente", DW_OPEN, 0 },
	{ "prill", DW_MONTH, 4 },
	{ "primavera", DW_SEASON, 3 },
	{ "printemps", DW_SEASON, 3 },
	{ "prosinac", DW_MONTH, 12 },
	{ "prosinca", DW_MONTH, 12 },
	{ "prosince", DW_MONTH, 12 },
	{ "prosinec", DW_MONTH, 12 },
	{ "qershor", DW_MONTH, 6 },
	{ "rijen", DW_MONTH, 10 },
	{ "rijna", DW_MONTH, 10 }, { "rok", DW_YEARS, 0 }, { "roku", DW_YEARS, 0 },
	{ "roky", DW_YEARS, 0 }, { "rugpjucio", DW_MONTH, 8 }, { "rugpjutis", DW_MONTH, 8 }, { "rugsejis", DW_MONTH, 9 }, { "rugsejo", DW_MONTH, 9 }, { "rujan", DW_MONTH, 9 },
	{ "rujna", DW_MONTH, 9 },
	{ "sada", DW_OPEN, 0 },
	{ "sampai", DW_SEP, 0 },
	{ "sausio", DW_MONTH, 1 }, { "sausis", DW_MONTH, 1 }, { "sedaj", DW_OPEN, 0 },
	{ "sedan", DW_SINCE, 0 },
	{ "seit", DW_SINCE, 0 }, { "sejak", DW_SINCE, 0 },
	{ "sekarang", DW_OPEN, 0 },
	{ "sep", DW_MONTH, 9 }, { "sept", DW_MONTH, 9 },
	{ "septembar", DW_MONTH, 9 },
	{ "september", DW_MONTH, 9 }, { "septembre", DW_MONTH, 9 },
	{ "septembrie", DW_MONTH, 9 }, { "septiembre", DW_MONTH, 9 },
	{ "set", DW_MONTH, 9 },
	{ "setembro", DW_MONTH, 9 }, { "setiembre", DW_MONTH, 9 },
	{ "settembre", DW_MONTH, 9 },
	{ "shkurt", DW_MONTH, 2 },
	{ "shtator", DW_MONTH, 9 },
	{ "siden", DW_SINCE, 0 }, { "sierpien", DW_MONTH, 8 },
	{ "sierpnia", DW_MONTH, 8 }, { "sijecanj", DW_MONTH, 1 },
	{ "sijecnja", DW_MONTH, 1 },
	{ "since", DW_SINCE, 0 },
	{ "sinds", DW_SINCE, 0 },
	{ "sobrid", DW_OPEN, 0 },	/* Latvian "šobrīd", now */
	{ "sommaren", DW_SEASON, 5 },
	{ "sommer", DW_SEASON, 5 },
	{ "sommeren", DW_SEASON, 5 },
	{ "soucasnost", DW_OPEN, 0 }, { "spalio", DW_MONTH, 10 }, { "spalis", DW_MONTH, 10 }, { "spring", DW_SEASON, 3 },
	{ "srpanj", DW_MONTH, 7 },
	{ "srpen", DW_MONTH, 8 },
	{ "srpna", DW_MONTH, 8 }, { "srpnja", DW_MONTH, 7 },
	{ "studeni", DW_MONTH, 11 },
	{ "studenog", DW_MONTH, 11 },
	{ "studenoga", DW_MONTH, 11 },
	{ "styczen", DW_MONTH, 1 },
	{ "stycznia", DW_MONTH, 1 },
	{ "subat", DW_MONTH, 2 }, { "sucasnost", DW_OPEN, 0 }, { "summer", DW_SEASON, 5 },
	{ "summers", DW_SEASON, 5 },
	{ "svibanj", DW_MONTH, 5 },
	{ "svibnja", DW_MONTH, 5 },
	{ "syksy", DW_SEASON, 9 },
	{ "syys", DW_MONTH, 9 },
	{ "syyskuu", DW_MONTH, 9 },
	{ "szeptember", DW_MONTH, 9 }, { "tahun", DW_YEARS, 0 },
	{ "tammi", DW_MONTH, 1 },
	{ "tammikuu", DW_MONTH, 1 },
	{ "tanaan", DW_OPEN, 0 },
	{ "temmuz", DW_MONTH, 7 },
	{ "tetor", DW_MONTH, 10 },
	{ "thn", DW_YEARS, 0 },
	{ "through", DW_SEP, 0 }, { "thru", DW_SEP, 0 }, { "til", DW_SEP, 0 },
	{ "till", DW_SEP, 0 }, { "tilldate", DW_OPEN, 0 }, { "to", DW_SEP, 0 },
	{ "today", DW_OPEN, 0 }, { "tot", DW_SEP, 0 },
	{ "touko", DW_MONTH, 5 },
	{ "toukokuu", DW_MONTH, 5 },
	{ "travanj", DW_MONTH, 4 },
	{ "travnja", DW_MONTH, 4 },
	{ "trenutacno", DW_OPEN, 0 },
	{ "trenutno", DW_OPEN, 0 },
	{ "und", DW_AND, 0 }, { "unor", DW_MONTH, 2 },
	{ "unora", DW_MONTH, 2 }, { "until", DW_SEP, 0 },
	{ "up", DW_SEP, 0 },
	{ "vanaf", DW_SINCE, 0 },
	{ "varen", DW_SEASON, 3 },
	{ "vasario", DW_MONTH, 2 }, { "vasaris", DW_MONTH, 2 }, { "vazhdim", DW_OPEN, 0 },
	{ "veljaca", DW_MONTH, 2 },
	{ "veljace", DW_MONTH, 2 },
	{ "verano", DW_SEASON, 5 }, { "veranos", DW_SEASON, 5 },
	{ "verao", DW_SEASON, 5 }, { "von", DW_FROM, 0 },
	{ "voorjaar", DW_SEASON, 3 }, { "vuosi", DW_YEARS, 0 },
	{ "vuotta", DW_YEARS, 0 }, { "winter", DW_SEASON, 1 },
	{ "winters", DW_SEASON, 1 },
	{ "wiosna", DW_SEASON, 3 },
	{ "wrzesien", DW_MONTH, 9 }, { "wrzesnia", DW_MONTH, 9 },
	{ "y", DW_AND, 0 }, { "year", DW_YEARS, 0 },
	{ "years", DW_YEARS, 0 }, { "yil", DW_YEARS, 0 }, { "yr", DW_YEARS, 0 },
	{ "yrs", DW_YEARS, 0 },
	{ "zari", DW_MONTH, 9 },
	{ "zomer", DW_SEASON, 5 },
	/* Russian, Ukrainian and Bulgarian */
	{ "авг", DW_MONTH, 8 }, { "август", DW_MONTH, 8 }, { "августа", DW_MONTH, 8 },
	{ "апр", DW_MONTH, 4 }, { "апрель", DW_MONTH, 4 }, { "апреля", DW_MONTH, 4 },
	{ "април", DW_MONTH, 4 }, { "бер", DW_MONTH, 3 }, { "березень", DW_MONTH, 3 },
	{ "березня", DW_MONTH, 3 }, { "вер", DW_MONTH, 9 },
	{ "вересень", DW_MONTH, 9 }, { "вересня", DW_MONTH, 9 },
	{ "время", DW_OPEN, 0 }, { "від", DW_SINCE, 0 }, { "год", DW_YEARS, 0 },
	{ "года", DW_YEARS, 0 }, { "груд", DW_MONTH, 12 }, { "грудень", DW_MONTH, 12 },
	{ "грудня", DW_MONTH, 12 }, { "дек", DW_MONTH, 12 },
	{ "декабрь", DW_MONTH, 12 }, { "декабря", DW_MONTH, 12 },
	{ "декември", DW_MONTH, 12 }, { "до", DW_SEP, 0 }, { "досега", DW_OPEN, 0 },
	{ "дотепер", DW_OPEN, 0 }, { "жовт", DW_MONTH, 10 },
	{ "жовтень", DW_MONTH, 10 }, { "жовтня", DW_MONTH, 10 }, { "з", DW_SINCE, 0 },
	{ "зараз", DW_OPEN, 0 }, { "июл", DW_MONTH, 7 }, { "июль", DW_MONTH, 7 },
	{ "июля", DW_MONTH, 7 }, { "июн", DW_MONTH, 6 }, { "июнь", DW_MONTH, 6 },
	{ "июня", DW_MONTH, 6 }, { "квіт", DW_MONTH, 4 }, { "квітень", DW_MONTH, 4 },
	{ "квітня", DW_MONTH, 4 }, { "лет", DW_YEARS, 0 }, { "лип", DW_MONTH, 7 },
	{ "липень", DW_MONTH, 7 }, { "липня", DW_MONTH, 7 }, { "лист", DW_MONTH, 11 },
	{ "листопад", DW_MONTH, 11 }, { "листопада", DW_MONTH, 11 },
	{ "лют", DW_MONTH, 2 }, { "лютий", DW_MONTH, 2 }, { "лютого", DW_MONTH, 2 },
	{ "май", DW_MONTH, 5 }, { "мар", DW_MONTH, 3 }, { "март", DW_MONTH, 3 },
	{ "марта", DW_MONTH, 3 }, { "мая", DW_MONTH, 5 }, { "мес", DW_MONTHS, 0 },
	{ "месяц", DW_MONTHS, 0 }, { "месяца", DW_MONTHS, 0 },
	{ "месяцев", DW_MONTHS, 0 }, { "момента", DW_OPEN, 0 },
	{ "міс", DW_MONTHS, 0 }, { "місяць", DW_MONTHS, 0 },
	{ "місяці", DW_MONTHS, 0 }, { "місяців", DW_MONTHS, 0 },
	{ "настоящее", DW_OPEN, 0 }, { "настоящия", DW_OPEN, 0 },
	{ "нині", DW_OPEN, 0 }, { "ноември", DW_MONTH, 11 }, { "ноя", DW_MONTH, 11 },
	{ "нояб", DW_MONTH, 11 }, { "ноябрь", DW_MONTH, 11 },
	{ "ноября", DW_MONTH, 11 }, { "окт", DW_MONTH, 10 },
	{ "октомври", DW_MONTH, 10 }, { "октябрь", DW_MONTH, 10 },
	{ "октября", DW_MONTH, 10 }, { "по", DW_SEP, 0 }, { "роки", DW_YEARS, 0 },
	{ "років", DW_YEARS, 0 }, { "рік", DW_YEARS, 0 }, { "с", DW_SINCE, 0 },
	{ "сега", DW_OPEN, 0 }, { "сегодня", DW_OPEN, 0 }, { "сейчас", DW_OPEN, 0 },
	{ "сен", DW_MONTH, 9 }, { "сент", DW_MONTH, 9 }, { "сентябрь", DW_MONTH, 9 },
	{ "сентября", DW_MONTH, 9 }, { "септември", DW_MONTH, 9 },
	{ "серп", DW_MONTH, 8 }, { "серпень", DW_MONTH, 8 }, { "серпня", DW_MONTH, 8 },
	{ "сьогодні", DW_OPEN, 0 }, { "січ", DW_MONTH, 1 }, { "січень", DW_MONTH, 1 },
	{ "січня", DW_MONTH, 1 }, { "тепер", DW_OPEN, 0 }, { "теперь", DW_OPEN, 0 },
	{ "теперішній", DW_OPEN, 0 }, { "трав", DW_MONTH, 5 },
	{ "травень", DW_MONTH, 5 }, { "травня", DW_MONTH, 5 }, { "фев", DW_MONTH, 2 },
	{ "февр", DW_MONTH, 2 }, { "февраль", DW_MONTH, 2 },
	{ "февраля", DW_MONTH, 2 }, { "февруари", DW_MONTH, 2 },
	{ "черв", DW_MONTH, 6 }, { "червень", DW_MONTH, 6 }, { "червня", DW_MONTH, 6 },
	{ "юли", DW_MONTH, 7 }, { "юни", DW_MONTH, 6 }, { "янв", DW_MONTH, 1 },
	{ "январь", DW_MONTH, 1 }, { "января", DW_MONTH, 1 },
	{ "януари", DW_MONTH, 1 },
	/* Chinese, Japanese and Korean open ends */
	{ "今", DW_OPEN, 0 }, { "现在", DW_OPEN, 0 }, { "現在", DW_OPEN, 0 }, { "目前", DW_OPEN, 0 },
	{ "至今", DW_OPEN, 0 }, { "재직중", DW_OPEN, 0 }, { "현재", DW_OPEN, 0 },
};

static int
dw_cmp(const void *k, const void *e)
{
	const unsigned char *a = k, *b = (const unsigned char *)((const struct date_word *)e)->word;

	/* most words part at the first letter: no call for those */
	return *a != *b ? *a - *b : strcmp(k, (const char *)b);
}

/*
 * The lengths of the table's words by first letter (bit n: a word of n
 * letters).  Most words of a résumé mean nothing to a date; an ASCII one,
 * which folds to itself lower-cased, is mostly told so by its first letter
 * and length alone, without folding it or searching the table.
 */
static uint32_t word_lens[26];
static pthread_once_t word_lens_once = PTHREAD_ONCE_INIT;

static void
word_lens_init(void)
{
	for (size_t i = 0; i < sizeof date_words / sizeof date_words[0]; i++) {
		const char *w = date_words[i].word;
		size_t n = strlen(w);
		if (w[0] >= 'a' && w[0] <= 'z' && n < 32)
			word_lens[w[0] - 'a'] |= (uint32_t)1 << n;
	}
}

static int
word_unknown(const char *s, size_t len)
{
	int c = s[0] | 0x20;

	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	pthread_once(&word_lens_once, word_lens_init);
	return c >= 'a' && c <= 'z' && (len >= 32 || !(word_lens[c - 'a'] >> len & 1));
}

static const struct date_word *
date_word(const char *s, size_t len)
{
	char key[24], plain[24];
	const char *q;

	if (len == 0 || word_unknown(s, len))
		return NULL;	/* an ASCII word of no date word's length */
	/* "aujourd’hui": the typographic apostrophe as the plain one */
	if (len < sizeof plain && (q = memmem(s, len, "\xe2\x80\x99", 3)) != NULL) {
		size_t at = (size_t)(q - s);
		memcpy(plain, s, at);
		plain[at] = '\'';
		memcpy(plain + at + 1, q + 3, len - at - 3);
		len -= 2;
		s = plain;
	}
	/* "d'avril", "D'août": French elides "de" before a month */
	if (len > 2 && (s[0] | 0x20) == 'd' && s[1] == '\'') {
		s += 2;
		len -= 2;
	}
	if (len > 20 || len == 0 || word_unknown(s, len))
		return NULL;
	fold_into(s, len, key, sizeof key);
	return bsearch(key, date_words, sizeof date_words / sizeof date_words[0],
	    sizeof date_words[0], dw_cmp);
}

enum dw_kind
datewords_find(const char *s, size_t len, int *val)
{
	const struct date_word *w = date_word(s, len);

	*val = w != NULL ? w->val : 0;
	return w != NULL ? w->kind : DW_NONE;
}

int
datewords_sorted(void)
{
	for (size_t i = 1; i < sizeof date_words / sizeof date_words[0]; i++)
		if (strcmp(date_words[i - 1].word, date_words[i].word) >= 0)
			return 0;
	return 1;
}
