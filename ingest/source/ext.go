package source

import (
	"path/filepath"
	"strings"
)

// binaryExtensions are the extensions of files that are certainly neither
// posts nor schedules: images, archives, fonts, audio/video, office
// documents, compiled code and databases.
var binaryExtensions = map[string]bool{
	// images
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".avif": true,
	".ico": true, ".bmp": true, ".tif": true, ".tiff": true, ".heic": true, ".psd": true, ".xcf": true,
	// archives and compressed data
	".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".zst": true, ".7z": true,
	".rar": true, ".tar": true, ".lz": true, ".lzma": true, ".jar": true, ".war": true, ".deb": true,
	".rpm": true, ".apk": true, ".dmg": true, ".iso": true, ".img": true,
	// fonts
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	// audio and video
	".mp3": true, ".mp4": true, ".m4a": true, ".m4v": true, ".webm": true, ".ogg": true, ".ogv": true,
	".oga": true, ".opus": true, ".wav": true, ".flac": true, ".avi": true, ".mov": true, ".mkv": true,
	// documents
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".odt": true, ".ods": true, ".odp": true, ".epub": true,
	// compiled code, libraries, databases
	".exe": true, ".dll": true, ".so": true, ".dylib": true, ".o": true, ".a": true, ".class": true,
	".pyc": true, ".wasm": true, ".bin": true, ".db": true, ".sqlite": true, ".sqlite3": true,
}

// BinaryExtension reports whether name's extension marks a binary file that
// a directory walk skips without reading.
func BinaryExtension(name string) bool {
	return binaryExtensions[strings.ToLower(filepath.Ext(name))]
}
