// Package markdown parses Markdown blog posts into a doc.Document: front
// matter (YAML "---" as written by Jekyll, Hugo, Lume and Octopress; TOML
// "+++" by Hugo and Zola; JSON "{...}" by Hugo; Pelican/MultiMarkdown
// "Key: value" header lines) mapped by package metadata, and the body walked
// with goldmark into plain text with headings, links, bare URLs and image alt
// texts at exact offsets.
//
// Decisions: fenced and indented code blocks are dropped from Text (they
// hold identifiers, shell sessions and configuration that only add noise to
// entity extraction), while inline code spans are kept as text because they
// usually name a tool or project. Template tags and shortcodes are removed
// before parsing. HTML inside Markdown is reduced to its text, keeping
// <a href> as links and <img alt> as alt texts; scripts and styles are
// dropped. Soft line breaks become spaces, so a wrapped paragraph is one
// line of Text.
package markdown
