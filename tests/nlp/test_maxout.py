"""eventcoder.nlp.maxout: numpy maxout for prediction, the same to the bit as thinc's."""

from __future__ import annotations

import numpy
from thinc.api import Maxout, NumpyOps
from thinc.layers.maxout import forward as thinc_forward

from eventcoder.nlp.maxout import best_piece, forward, install


def test_best_piece_keeps_the_first_of_equal_pieces() -> None:
    pieces = numpy.array([[[1.0, 3.0, 2.0], [0.0, -0.0, 0.0], [-0.0, 0.0, -1.0]]], dtype="f")
    best = best_piece(pieces)
    assert best.tolist() == [[3.0, 0.0, -0.0]]
    assert numpy.signbit(best).tolist() == [[False, False, True]]
    assert best.tobytes() == NumpyOps().maxout(pieces)[0].tobytes()


def test_forward_equals_thinc_to_the_bit_and_install_swaps_nodes() -> None:
    model = Maxout(nO=6, nI=5, nP=3)
    X = numpy.random.default_rng(1).standard_normal((7, 5)).astype("float32")
    model.initialize(X=X)
    expected = model.predict(X)
    assert install(model) == 1
    assert model._func is forward
    assert model.predict(X).tobytes() == expected.tobytes()
    assert install(model) == 0  # already installed
    Y, _ = thinc_forward(model, X, is_train=False)
    assert Y.tobytes() == expected.tobytes()
