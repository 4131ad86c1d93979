// Package detect names the format of one input from its content, using the
// file name's extension only to break ties: Markdown (with or without front
// matter), Pelican Markdown, reStructuredText, HTML, Gemtext, AsciiDoc,
// Org-mode, Textile, plain text, containers of several posts (RSS/Atom/WXR
// feeds, JSON post objects and lists), and the schedule formats (Pentabarf
// XML, frab JSON, pretalx JSON). It also names inputs that cannot be read
// as text: binary, empty, not UTF-8. Text in no other format is plain text,
// except source code, data and licence files (by extension or name), which
// are "unknown".
//
// Decision on encodings: input that is not valid UTF-8 is reported as
// "not-utf8" even when it would decode as Windows-1252; the Reason says so,
// so the user can convert the file (iconv -f WINDOWS-1252 -t UTF-8). Guessing
// a legacy code page silently would put wrong characters into names.
// A UTF-8 byte-order mark is accepted; UTF-16 is reported as "not-utf8".
package detect
