"""The trained parser's greedy decoding with its per-step maths in numpy.

spaCy's `greedy_parse` runs each transition step in C, but through thinc's `CBlas`, which is
always BLIS: the BLIS wheel picks its generic (scalar) kernels on CPUs it does not know (as
here), and for the step's small products it also re-packs the weights on every call. This
module runs the same model the same way (the precomputed feature table, the sum of the state's
feature rows, maxout, the output layer, unseen classes set to the minimum score, the parser's
own valid-move check and transition in `transition_states`) with numpy's OpenBLAS, and it
parses a whole pipe batch at once, with one preallocated feature table reused across batches.
The feature rows are summed in the same order as spaCy's loop (sequential float32 additions),
so the hidden layer is the same to the bit; the output layer's product may round differently
in the last bit, which `make nlp-eval` and `make eval` judge (unchanged when introduced).
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy
from spacy.ml.parser_model import ParserStepModel

# a table of more rows than this (about 12 KB a token for the shipped models) is not kept for
# the next batch
KEEP_ROWS = 40_000


class GreedyParser:
    """Stands in for a spaCy parser/NER component in the pipeline: `pipe` and `__call__` decode
    with numpy; everything else (labels, moves, set_annotations, ...) is the wrapped one's."""

    def __init__(self, component) -> None:  # noqa: ANN001 - a spaCy TransitionParser
        object.__setattr__(self, "component", component)
        object.__setattr__(self, "_table", None)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self.component, name)

    def __call__(self, doc):  # noqa: ANN001, ANN204 - a spaCy Doc
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, *, batch_size: int = 256):  # noqa: ANN001, ANN201
        component = self.component
        error_handler = component.get_error_handler()
        batch: list = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch, error_handler)
                batch = []
        if batch:
            yield from self._batch(batch, error_handler)

    def _batch(self, batch: list, error_handler) -> list:  # noqa: ANN001
        try:
            self.component.set_annotations(batch, self.predict(batch))
        except Exception as exc:  # noqa: BLE001 - as spaCy's own pipe does
            error_handler(self.component.name, self.component, batch, exc)
        return batch

    def predict(self, docs: list) -> list:
        """The final parse states of `docs`, as the component's `predict` returns them."""
        component = self.component
        if component.cfg.get("beam_width", 1) != 1 or not any(len(doc) for doc in docs):
            return component.predict(docs)
        component._ensure_labels_are_added(docs)
        batch = component.moves.init_batch(docs)
        model = component.model
        tok2vec, lower, upper = model.layers
        if not model.attrs["has_upper"]:
            return component.predict(docs)
        tokvecs = tok2vec.predict(docs)
        n_f, n_o, n_p = (lower.get_dim(d) for d in ("nF", "nO", "nP"))
        width = n_o * n_p
        table = self._feature_table(tokvecs.shape[0] + 1, n_f * width)
        # as PrecomputableAffine: row 0 is the padding, row i + 1 token i
        lower.ops.gemm(tokvecs, lower.get_param("W").reshape((n_f * width, -1)), trans2=True,
                       out=table[1:])
        table[0] = lower.get_param("pad").reshape((n_f * width,))
        rows = table.reshape((-1, width))  # (token + 1) * n_f + feature -> its row
        bias = lower.get_param("b").reshape((width,))
        weights_t = numpy.ascontiguousarray(upper.get_param("W").T)
        upper_b = upper.get_param("b")
        unseen = numpy.array(sorted(model.attrs["unseen_classes"]), dtype="intp")
        offsets = numpy.arange(n_f, dtype="i") + n_f
        holder = SimpleNamespace(state2vec=SimpleNamespace(nF=n_f))
        states = [s for s in batch if not s.is_final()]
        while states:
            ids = ParserStepModel.get_token_ids(holder, states)  # -1: none (padding)
            ids *= n_f
            ids += offsets
            # numpy reduces a middle axis row by row in order: spaCy's sequential sum
            vector = numpy.add.reduce(rows.take(ids, axis=0), axis=1)
            vector += bias
            pieces = vector.reshape((len(states), n_o, n_p))
            # maxout: .max(axis=2) is slow over 3 pieces
            hidden = (numpy.maximum(pieces[:, :, 0], pieces[:, :, 1]) if n_p > 1
                      else pieces[:, :, 0])
            for p in range(2, n_p):
                numpy.maximum(hidden, pieces[:, :, p], out=hidden)
            scores = hidden @ weights_t
            scores += upper_b
            if unseen.size:
                scores[:, unseen] = scores.min()
            states = component.transition_states(states, scores)
        return batch

    def _feature_table(self, n_rows: int, n_cols: int) -> numpy.ndarray:
        """A float32 (n_rows, n_cols) buffer, reused while it is big enough and not huge."""
        table = self._table
        if table is None or table.shape[1] != n_cols or table.shape[0] < n_rows:
            table = numpy.empty((n_rows, n_cols), dtype="float32")
            if n_rows <= KEEP_ROWS:
                object.__setattr__(self, "_table", table)
        return table[:n_rows]
