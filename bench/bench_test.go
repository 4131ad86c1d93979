package bench

import (
	"context"
	"testing"
)

func TestGenerate(t *testing.T) {
	g, err := NewGenerator()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	c, err := g.Generate(context.Background(), dir, 90, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(dir, c.Bytes)
}
