package source

import (
	"path"
	"path/filepath"
	"strings"
)

// notPostNames are base names (upper-cased, extension dropped) of files a
// directory walk skips: a project's own documents, never posts.
var notPostNames = map[string]bool{
	"SOURCES": true, "GUIDELINES": true, "LICENSE": true, "LICENCE": true, "COPYING": true,
	"CONTRIBUTING": true, "CODE_OF_CONDUCT": true, "CHANGELOG": true, "NOTICE": true,
}

// templateDirs are directories of site templates, skipped by walks.
var templateDirs = map[string]bool{
	"layouts": true, "_layouts": true, "_includes": true, "templates": true, "_templates": true,
	"partials": true, "node_modules": true,
}

// SkipReason says why a directory walk skips the entry name at rel (its
// slash-separated path below the walked directory), or "" to read it.
// Files named on the command line are always read.
func (o Options) SkipReason(rel, name string, dir bool) string {
	for _, g := range o.Exclude {
		g = strings.TrimSuffix(filepath.ToSlash(g), "/")
		if ok, _ := path.Match(g, name); ok {
			return "excluded by --exclude " + g
		}
		if ok, _ := path.Match(g, rel); ok {
			return "excluded by --exclude " + g
		}
		if strings.HasPrefix(g, "**/") {
			if ok, _ := path.Match(g[3:], name); ok {
				return "excluded by --exclude " + g
			}
		}
	}
	if strings.HasPrefix(name, ".") {
		return "" // hidden: skipped silently (.git and the like)
	}
	if dir {
		if templateDirs[name] {
			return "a folder of site templates"
		}
		return ""
	}
	base := strings.ToUpper(name)
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	if notPostNames[base] || strings.HasPrefix(base, "LICENSE") || strings.HasPrefix(base, "LICENCE") {
		return "a project document, not a post"
	}
	if BinaryExtension(name) {
		return "a binary file (by its extension)"
	}
	return ""
}
