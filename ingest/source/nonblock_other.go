//go:build !unix

package source

const oNonblock = 0
