#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <term.h>
#include <unistd.h>

#include "term.h"

static SCREEN *screen;
static int ascii_only;
static volatile sig_atomic_t interrupted;

static void
term_on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

/* No SA_RESTART: the wait for a key ends, and the loop leaves cleanly with
 * the terminal restored instead of dying in curses mode. */
static void
term_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = term_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static int
locale_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcasecmp(cs, "UTF-8") == 0 || strcasecmp(cs, "utf8") == 0);
}

/* Asks terminfo before curses does: newterm leaks what it set up for a
 * terminal it does not know, and a terminal that cannot put the cursor
 * anywhere (dumb, a printer) cannot show a screen. */
static int
term_check(const char *t, char *err, size_t errlen)
{
	const char *cup;
	int e = 0, ok;

	if (setupterm(NULL, STDOUT_FILENO, &e) != OK) {
		snprintf(err, errlen, "the terminal type '%s' is not known here; set TERM "
		    "(xterm-256color, screen, linux, vt100)", t);
		return -1;
	}
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	if (!ok)
		snprintf(err, errlen, "the terminal type '%s' cannot move the cursor; set TERM "
		    "(xterm-256color, screen, linux, vt100) or use 'dossier list'", t);
	return ok ? 0 : -1;
}

int
term_start(int ascii, int mouse, char *err, size_t errlen)
{
	const char *t = getenv("TERM");

	if (t == NULL || *t == '\0') {
		snprintf(err, errlen, "TERM is not set; cannot draw the browser");
		return -1;
	}
	if (term_check(t, err, errlen) != 0)
		return -1;
	if ((screen = newterm(NULL, stdout, stdin)) == NULL) {
		snprintf(err, errlen, "cannot use the terminal type '%s'", t);
		return -1;
	}
	set_term(screen);
	ascii_only = ascii || !locale_utf8();
	/* a slow link delivers an escape sequence in one piece; a lone Esc
	 * should not wait a second */
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(50);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	leaveok(stdscr, TRUE);
	/* lets doupdate scroll lines on the terminal instead of redrawing them */
	idlok(stdscr, TRUE);
	scrollok(stdscr, FALSE);
	curs_set(0);
	if (mouse)
		mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED |
		    BUTTON5_PRESSED, NULL);
	term_signals();
	return 0;
}

void
term_end(void)
{
	if (screen == NULL)
		return;
	endwin();
	delscreen(screen);
	screen = NULL;
}

int
term_ascii(void)
{
	return ascii_only;
}

int
term_colors(void)
{
	const char *nc = getenv("NO_COLOR");

	return has_colors() && (nc == NULL || *nc == '\0');
}

int
term_key(int timeout_ms)
{
	wint_t wc;
	int r;

	if (interrupted)
		return K_QUIT;
	wtimeout(stdscr, timeout_ms);
	r = wget_wch(stdscr, &wc);
	if (interrupted)
		return K_QUIT;
	if (r == ERR)
		return K_NONE;
	if (r == KEY_CODE_YES)
		return KEYFN((int)wc);
	return (int)wc;
}

int
term_too_small(void)
{
	return COLS < TERM_MIN_COLS || LINES < TERM_MIN_LINES;
}

void
term_suspend(void)
{
	def_prog_mode();
	endwin();
}

void
term_resume(void)
{
	reset_prog_mode();
	/* the editor drew over everything: repaint all of it */
	clearok(curscr, TRUE);
}
