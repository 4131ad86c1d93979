package nquads

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
)

// Write streams every quad of src to w as N-Quads and returns how many
// lines it wrote. Output is buffered and flushed before returning. A quad
// that cannot be written as standard RDF (relative IRI, literal subject,
// bad language tag, ...) stops the export with an error naming the quad
// and the offending term (wrapping export.ErrBadIRI, ErrBadLang or ErrBadTerm).
func Write(ctx context.Context, w io.Writer, src export.Source) (int, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	line := make([]byte, 0, 512)
	n := 0
	err := src.ForEach(ctx, func(q quad.Quad) error {
		if n&4095 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		st, err := export.StatementOf(q)
		if err != nil {
			return fmt.Errorf("nquads: quad %d: %w", n+1, err)
		}
		line = AppendStatement(line[:0], st)
		if _, err := bw.Write(line); err != nil {
			return fmt.Errorf("nquads: write: %w", err)
		}
		n++
		return nil
	})
	if err != nil {
		return n, err
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("nquads: write: %w", err)
	}
	return n, nil
}

// AppendStatement appends st as one N-Quads line (ending in " .\n") to b.
func AppendStatement(b []byte, st export.Statement) []byte {
	b = AppendTerm(b, st.Subject)
	b = append(b, ' ')
	b = AppendTerm(b, st.Predicate)
	b = append(b, ' ')
	b = AppendTerm(b, st.Object)
	if st.Graph.Kind != export.KindNone {
		b = append(b, ' ')
		b = AppendTerm(b, st.Graph)
	}
	return append(b, " .\n"...)
}

// AppendTerm appends t in N-Quads syntax to b. IRIs and blank node labels
// must come from export.TermOf (already checked and escaped).
func AppendTerm(b []byte, t export.Term) []byte {
	switch t.Kind {
	case export.KindIRI:
		b = append(b, '<')
		b = append(b, t.Value...)
		return append(b, '>')
	case export.KindBlank:
		b = append(b, "_:"...)
		return append(b, t.Value...)
	case export.KindLiteral:
		b = AppendLiteral(b, t.Value)
		if t.Lang != "" {
			b = append(b, '@')
			return append(b, t.Lang...)
		}
		if t.Datatype != "" {
			b = append(b, "^^<"...)
			b = append(b, t.Datatype...)
			return append(b, '>')
		}
	}
	return b
}

// AppendLiteral appends s as a quoted N-Quads string: " \ LF CR TAB are
// written as \" \\ \n \r \t, other control characters (U+0000-U+001F,
// U+007F) as \uXXXX, and invalid UTF-8 as U+FFFD.
func AppendLiteral(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x7f {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = append(b, s[start:i]...)
				b = append(b, "\uFFFD"...)
				i++
				start = i
				continue
			}
			i += size
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
