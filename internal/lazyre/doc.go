// Package lazyre holds regular expressions that compile on first use, not
// at package initialisation: a command that never parses a post (stats,
// speakers, talks) then pays nothing for the parsers' patterns.
//
//	var heading = lazyre.New(`^(#+)\s+(.*)$`)
//	m := heading.FindStringSubmatch(line) // compiled here, once
package lazyre
