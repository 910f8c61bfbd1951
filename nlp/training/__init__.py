"""Building the note reader: corpus to spaCy training data, augmentation, `spacy train`."""
