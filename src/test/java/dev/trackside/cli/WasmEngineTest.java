package dev.trackside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The CLI's copy of web/engine.js's rule (EnginesIT pins the browser's on the same kinds of document). */
class WasmEngineTest {
    @Test
    void ourFormatIsRecognisedByItsFirstField() {
        assertEquals("trackside-own.wasm", WasmEngine.reading("{\"format\":\"trackside-schedule\"}"));
        assertEquals("trackside-own.wasm",
                WasmEngine.reading("\uFEFF\r\n {\n\t\"format\" :\t\"trackside-schedule\", \"version\": 1}"));
        assertEquals("trackside.wasm",
                WasmEngine.reading("{\"version\": 1, \"format\": \"trackside-schedule\"}"));
        assertEquals("trackside.wasm", WasmEngine.reading("{\"format\": \"trackside-schedules\"}"),
                "another value is the full engine's to reject");
        assertEquals("trackside.wasm",
                WasmEngine.reading("{\"schedule\": {\"format\": \"trackside-schedule\"}}"));
        assertEquals("trackside.wasm", WasmEngine.reading("[{\"format\": \"trackside-schedule\"}]"));
    }
}
