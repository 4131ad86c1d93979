// Package format is the parent of the format readers: one package per markup
// a blog engine writes (markdown, rst, htmlpage, gemtext, plaintext, asciidoc,
// orgmode, textile) or per container of several posts (feed, jsonpost). Each
// reader turns the bytes of one post into a doc.Document; ingest/parse picks
// the reader that ingest/detect names. This package itself holds no code.
package format
