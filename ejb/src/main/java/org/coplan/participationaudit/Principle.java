package org.coplan.participationaudit;

/** The six co-production principles (seed 002), in the order people learn them. */
public enum Principle {
    /** Seeing people as assets. */
    ASSETS,
    /** Building on people's existing capabilities. */
    CAPABILITIES,
    /** Reciprocity and mutuality. */
    RECIPROCITY,
    /** Peer support networks. */
    PEER_NETWORKS,
    /** Blurring distinctions between professionals and the people they work with. */
    BLURRING_DISTINCTIONS,
    /** Facilitating rather than delivering. */
    FACILITATING
}
