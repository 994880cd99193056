package org.fanfold.api;

/** Marks the API's JSON controllers, whose errors {@link ApiErrors} answers as JSON (the token page keeps HTML). */
interface ApiEndpoint {}
