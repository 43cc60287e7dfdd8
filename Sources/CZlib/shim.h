// Shim for zlib: the contact-log reader streams gzipped (and, transparently, plain) files
// through gzread, so a log of any size is read in a fixed-size buffer.
#ifndef CHANNELSIM_CZLIB_SHIM_H
#define CHANNELSIM_CZLIB_SHIM_H

#include <zlib.h>

/// The last error message of a gz stream, or NULL when there is none.
static inline const char *cs_gz_error(gzFile file) {
    int code = 0;
    const char *message = gzerror(file, &code);
    return code == Z_OK ? 0 : message;
}

#endif
