/*
 * status: what every library function returns.
 *
 * Library code never prints or exits; it returns one of these and, where a
 * detail helps (a file name, a line), leaves it in an error buffer the caller
 * owns.  The CLI maps a status to a sysexits-style exit code.
 */
#ifndef DOSSIER_STATUS_H
#define DOSSIER_STATUS_H

enum status {
	ST_OK = 0,
	ST_FAIL,	/* a generic failure */
	ST_USAGE,	/* the caller asked for something malformed */
	ST_DATA,	/* the input is not what it should be */
	ST_NOINPUT,	/* a file is missing or unreadable */
	ST_IO,		/* reading or writing failed */
	ST_CONFIG,	/* the configuration is wrong */
	ST_NOTFOUND,	/* no such profile, tag, ... */
	ST_EXISTS,	/* already there: nothing to do */
	ST_BUSY,	/* the database stayed locked */
	ST_NOMEM,
	ST__COUNT
};

const char *status_str(enum status);
int status_exit(enum status);

#define ERRLEN 512

#endif
