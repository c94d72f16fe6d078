package io.redress.screening.domain;

/** How a customer proved control of a self-hosted address (travel rule). */
public enum ProofMethod { SIGNED_MESSAGE, TEST_TRANSFER, OTHER }
