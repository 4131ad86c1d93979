//go:build !unix

package wasm

import "os"

func ownedByMe(os.FileInfo) bool { return true }
