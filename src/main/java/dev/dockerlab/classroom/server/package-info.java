/**
 * The class server: the JDK's own HTTP server (jdk.httpserver) taking
 * learners' joins and events, keeping each class in an append-only log on
 * disk, and showing the instructor the class live (dashboard, Server-Sent
 * Events, JSON and grade exports) behind a token.
 */
package dev.dockerlab.classroom.server;
