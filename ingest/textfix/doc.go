// Package textfix repairs text on its way in: UTF-8 that was decoded as
// Windows-1252 or Mac Roman somewhere upstream (mojibake such as "â€™" or
// "‚Äô"), HTML entities, and blog-engine template tags and shortcodes.
package textfix
