// Package metadata maps the metadata fields a post declares (YAML/TOML/JSON
// front matter, Pelican header lines, reStructuredText field lists, Nikola
// comments) onto a doc.Document, and normalises the many spellings of a
// publication date to YYYY-MM-DD. Every format parser shares it so that the
// same field means the same thing whatever the blog engine.
package metadata
