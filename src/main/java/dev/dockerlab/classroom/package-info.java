/**
 * The class protocol that the class server and the learner's REPL share:
 * JSON over HTTP, as docs/CLASSROOM.md describes it. Records here are the
 * wire format; unknown fields are ignored so either side may add some.
 */
package dev.dockerlab.classroom;
