

def test_of_the_name_without_its_article():
    from eventcoder.resolve.kb import load_kb

    hits = load_kb().lookup("Democratic Republic of Congo")
    assert hits and hits[0].actor.country == "COD"
