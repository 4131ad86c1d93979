package gazetteer

import "testing"

// TestNextCandidateSame checks nextCandidate's token scan against
// nextToken and mayStart on every byte value and on mixed texts: the same
// tokens, the same filter answers, and for ASCII tokens tokenHash's hash.
func TestNextCandidateSame(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"Go GO go gO rust_lang Rust-2018 \t\n\r\f\v the C++ c++ Node.js x/y é été Saúl naïve 東京 a\u00a0b"}
	for c := 0; c < 256; c++ {
		texts = append(texts, "ab"+string([]byte{byte(c)})+"Cd e", string([]byte{byte(c)}))
	}
	for _, text := range texts {
		for pos := 0; ; {
			ts, te, ok, h, ascii := g.nextCandidate(text, pos)
			ws, we, _, _ := nextToken(text, pos)
			if ts != ws || te != we {
				t.Fatalf("%q at %d: nextCandidate [%d,%d), nextToken [%d,%d)", text, pos, ts, te, ws, we)
			}
			if ts < 0 {
				break
			}
			tok := text[ts:te]
			if ok != g.mayStart(tok) {
				t.Errorf("%q: nextCandidate ok %v, mayStart %v", tok, ok, g.mayStart(tok))
			}
			if th, isASCII := tokenHash(tok); ascii && (!isASCII || th != h) {
				t.Errorf("%q: hash %d, tokenHash %d (ASCII %v)", tok, h, th, isASCII)
			}
			pos = te
		}
	}
}
