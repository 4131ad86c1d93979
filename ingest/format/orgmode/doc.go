// Package orgmode parses Org-mode posts (Emacs org files, ox-hugo and
// org-static-blog sources) into a doc.Document: "#+TITLE:", "#+DATE:",
// "#+AUTHOR:", "#+FILETAGS:", "#+TAGS:" and other keywords as metadata,
// "*" headings as sections, lists, tables, blocks (#+BEGIN_SRC kept verbatim,
// comments dropped), and [[url][text]] / [[url]] links placed at exact
// offsets in Text.
package orgmode
