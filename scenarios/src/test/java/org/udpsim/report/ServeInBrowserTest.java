package org.udpsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.udpsim.report.ViewInBrowserTest.shownTime;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.udpsim.cli.Main;
import org.udpsim.cli.ServeCommand;
import org.udpsim.reports.text.Labels;
import org.udpsim.reports.text.Lang;
import org.udpsim.serve.WhatIfServer;

/**
 * {@code udpsim serve} as a teacher uses it, in headless Chromium: the UDP-beside-TCP lesson served from this JVM;
 * dragging the loss up runs it again and the page shows the new run at the same moment, UDP losing more; a value
 * the scenario refuses shows the line {@code udpsim run} prints for it and leaves the run shown; the page logs no
 * error and asks nothing of any server but its own; the server answers on 127.0.0.1 only and only to a Host of its
 * own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeInBrowserTest extends InBrowser {
    private static final Path COMPARISON = Path.of("lessons", "udp-vs-tcp.yaml");
    private static final String LOSS = "impairments.0|loss|percent";
    private static WhatIfServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void serve() throws Exception {
        server = ServeCommand.start(COMPARISON, 0, Labels.of(Lang.EN), new PrintWriter(new StringWriter()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void draggingTheLossUp_runsItAgain_andShowsTheNewRunAtTheSameMoment_UdpLosingMore() throws Exception {
        browser.driver.get(server.uri().toString());
        assertEquals(2, browser.driver.findElements(By.cssSelector("section.run")).size(), "UDP and TCP");
        WebElement loss = input(LOSS);
        assertEquals("10%", loss.getAttribute("value"));
        browser.driver.executeScript("udpsimView.seek(20e9)");
        long before = dropped();
        slide(LOSS, 40);
        shown("2");
        assertEquals(20_000_000_000L, shownTime(), "the same moment of the lesson");
        assertEquals("40%", input(LOSS).getAttribute("value"));
        assertTrue(dropped() > before, "more datagrams lost at 40 %: " + before + " -> " + dropped());
        assertEquals("udpsim run lessons/udp-vs-tcp.yaml --seed 1 --set impairments.0.loss=40%",
                browser.driver.findElement(By.id("what-if-command")).getText());
        assertNoErrorAndOnlyItsOwnRequests();
        ViewPlayingInBrowserTest.screenshot("serve-udp-vs-tcp", ".network-box");
    }

    @Test
    @Order(2)
    void aRefusedValue_showsTheLineUdpsimRunPrints_andLeavesTheRunShown() throws Exception {
        browser.driver.get(server.uri().toString());
        String run = browser.driver.findElement(By.id("what-if")).getAttribute("data-run");
        long dropped = dropped();
        WebElement loss = input(LOSS);
        loss.clear();
        loss.sendKeys("150%");
        browser.driver.executeScript("arguments[0].dispatchEvent(new Event('change'))", loss);
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> "refused".equals(
                d.findElement(By.id("what-if")).getAttribute("data-state")));
        StringWriter err = new StringWriter();
        Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "run", COMPARISON.toString(),
                "--set", "impairments.0.loss=150%", "--out", tmp.resolve("cli").toString());
        assertEquals(err.toString().lines().findFirst().orElseThrow(),
                browser.driver.findElement(By.id("what-if-refused-lines")).getText());
        assertTrue(browser.driver.findElement(By.id("what-if-refused")).isDisplayed());
        assertEquals(run, browser.driver.findElement(By.id("what-if")).getAttribute("data-run"), "the same run");
        assertEquals(dropped, dropped());
        assertNoErrorAndOnlyItsOwnRequests();
    }

    @Test
    @Order(3)
    void theServer_answersOn127001Only_andOnlyToAHostOfItsOwn() throws Exception {
        assertTrue(raw("127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("localhost:" + server.port()).startsWith("HTTP/1.1 200"));
        String rebound = raw("udpsim.attacker.example:" + server.port());
        assertTrue(rebound.startsWith("HTTP/1.1 421"), rebound);
        assertTrue(rebound.contains("this server answers only to localhost and 127.0.0.1"), rebound);
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(a, server.port()), 2000);
                        throw new AssertionError("answered on " + a);
                    } catch (java.io.IOException refused) {
                        // connection refused: nothing listens there
                    }
                }
            }
        }
    }

    /** A GET / sent by hand with this Host header, and the first lines of the answer. */
    private static String raw(String host) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (String line = in.readLine(); line != null && sb.length() < 2000; line = in.readLine()) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        }
    }

    private static WebElement input(String key) {
        return browser.driver.findElement(By.cssSelector("input[data-key='" + key + "']"));
    }

    /** Moves the slider beside a control to {@code value}, as a mouse drag ends there. */
    private static void slide(String key, int value) {
        browser.driver.executeScript("var s = document.querySelector(\"input[data-for='\" + arguments[0] + \"']\");"
                + "s.value = String(arguments[1]); s.dispatchEvent(new Event('input'));", key, value);
    }

    /** Waits until the page shows run {@code run}. */
    private static void shown(String run) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(d -> {
            WebElement a = d.findElement(By.id("what-if"));
            return run.equals(a.getAttribute("data-run")) && "shown".equals(a.getAttribute("data-state"));
        });
    }

    /** The packets the timeline marks as dropped, UDP's and TCP's. */
    private static long dropped() {
        return Long.parseLong(browser.driver.findElement(By.id("timeline-ticks")).getAttribute("data-dropped"));
    }

    /** No console error, and every request the page made went to this server. */
    private static void assertNoErrorAndOnlyItsOwnRequests() {
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser.driver.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        for (String r : resources) {
            assertTrue(r.startsWith(server.uri().toString()), r);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }
}
