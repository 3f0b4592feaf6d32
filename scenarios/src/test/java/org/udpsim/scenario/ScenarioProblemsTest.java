package org.udpsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.udpsim.scenario.Scenarios.MINIMAL;
import static org.udpsim.scenario.Scenarios.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each mistake gives one line, {@code FILE:LINE:COL: what is wrong}, at the right place. */
class ScenarioProblemsTest {
    @Test
    void yamlSyntaxError_givesTheLibrarysMark() {
        assertEquals(List.of("lesson.yaml:5:1: YAML syntax error: expected ',' or '}', but got <stream end>"
                + " (while parsing a flow mapping at 4:6)"), problems("""
                name: x
                duration: 10s
                boards:
                  a: {program: java:udp-server
                """));
    }

    @Test
    void yamlSyntaxError_tabIndentation_saysSo() {
        assertEquals(List.of("lesson.yaml:4:1: YAML syntax error: found character '\\t(TAB)' that cannot start any"
                + " token. (Do not use \\t(TAB) for indentation)"), problems("name: x\nduration: 10s\nboards:\n\ta: {}\n"));
    }

    @Test
    void emptyFile_saysWhatAScenarioNeeds() {
        assertEquals(List.of("lesson.yaml:1:1: the file holds no scenario; a scenario needs at least name: and"
                + " duration:"), problems("# nothing yet\n"));
    }

    @Test
    void missingRequiredKeys_areNamed() {
        assertEquals(List.of("lesson.yaml:1:1: missing required key 'name' in the scenario",
                "lesson.yaml:1:1: missing required key 'duration' in the scenario"), problems("seed: 3\n"));
    }

    @Test
    void unknownKey_nearMiss_suggestsTheKey() {
        assertEquals(List.of("lesson.yaml:3:1: unknown key 'sede' in the scenario; did you mean 'seed'?"),
                problems("name: x\nduration: 10s\nsede: 3\n"));
    }

    @Test
    void unknownKey_nearMissInABoard_suggestsTheKey() {
        assertEquals(List.of("lesson.yaml:10:38: unknown key 'strat' in board 'client'; did you mean 'start'?"),
                problems(MINIMAL + "  client: {program: java:udp-client, strat: 1s}\n"));
    }

    @Test
    void unknownKey_farFromEvery_listsTheAllowedKeys() {
        assertEquals(List.of("lesson.yaml:7:34: unknown key 'colour' in access point 'classroom' (allowed: ssid,"
                + " password, subnet, gateway, dhcp, uplink, radio, retries, phy_rate, max_stations, rssi)"),
                problems(MINIMAL.replace("{uplink: gateway}", "{uplink: gateway, colour: red}")));
    }

    @Test
    void unknownArgument_suggestsTheProgramsArgument() {
        assertEquals(List.of("lesson.yaml:9:45: unknown argument 'prot' in the args of java:udp-server; did you"
                + " mean 'port'?"), problems(MINIMAL.replace("{program: java:udp-server}",
                "{program: java:udp-server, args: {prot: 7000}}")));
    }

    @Test
    void duplicateKey_givesBothPlaces() {
        assertEquals(List.of("lesson.yaml:3:1: duplicate key 'duration' (first at line 2)"),
                problems("name: x\nduration: 10s\nduration: 20s\n"));
    }

    @Test
    void wrongType_duration_saysWhatIsExpected() {
        assertEquals(List.of("lesson.yaml:2:11: expected a duration like 30s, got 'abc'"),
                problems("name: x\nduration: abc\n"));
    }

    @Test
    void wrongType_durationWithoutUnit_asksForAUnit() {
        assertEquals(List.of("lesson.yaml:2:11: expected a duration like 30s, got '30' (add a unit: ns, us, ms, s"
                + " or min)"), problems("name: x\nduration: 30\n"));
    }

    @Test
    void wrongType_aListForText_saysSo() {
        assertEquals(List.of("lesson.yaml:1:7: expected text, got a list"), problems("name: [a, b]\nduration: 1s\n"));
    }

    @Test
    void duration_zeroOrNegative_isRefused() {
        assertEquals(List.of("lesson.yaml:2:11: duration must be more than 0, got 0s"),
                problems("name: x\nduration: 0s\n"));
        assertEquals(List.of("lesson.yaml:2:11: duration must be more than 0, got -5s"),
                problems("name: x\nduration: -5s\n"));
    }

    @Test
    void outOfRange_saysTheRangeAndTheValue() {
        assertEquals(List.of("lesson.yaml:7:43: retries must be 0-255, got 300"),
                problems(MINIMAL.replace("{uplink: gateway}", "{uplink: gateway, retries: 300}")));
        assertEquals(List.of("lesson.yaml:3:7: seed must be 0 or more, got -1"),
                problems("name: x\nduration: 1s\nseed: -1\n"));
    }

    @Test
    void rssi_outOfRange_isRefusedByTheAccessPointsRule_atTheValue() {
        assertEquals(List.of("lesson.yaml:7:40: rssi must be -100 to 0 dBm, got 5"),
                problems(MINIMAL.replace("{uplink: gateway}", "{uplink: gateway, rssi: 5}")));
    }

    @Test
    void password_tooShort_isRefused() {
        assertEquals(List.of("lesson.yaml:7:44: a WPA2 password must be 8-63 characters (or \"\" for an open"
                + " network), got 5 characters"),
                problems(MINIMAL.replace("{uplink: gateway}", "{uplink: gateway, password: abcde}")));
    }

    @Test
    void password_notPrintableAscii_isRefusedWhereItIsWritten() {
        assertEquals(List.of("lesson.yaml:7:44: a WPA2 password may hold only printable ASCII characters"),
                problems(MINIMAL.replace("{uplink: gateway}", "{uplink: gateway, password: 掌控板掌控板掌控板}")));
    }

    @Test
    void ssid_longerThan32Bytes_isRefused_countingUtf8Bytes() {
        assertEquals(List.of("lesson.yaml:7:40: the SSID must be 1-32 bytes, got 33 ('掌控板掌控板掌控板掌控')"),
                problems(MINIMAL.replace("{uplink: gateway}", "{uplink: gateway, ssid: 掌控板掌控板掌控板掌控}")));
        assertEquals("掌控板教室", Scenarios.load(MINIMAL.replace("{uplink: gateway}",
                "{uplink: gateway, ssid: 掌控板教室}")).network().accessPoints().get(0).config().ssid());
    }

    @Test
    void dhcpRange_holdingTheGateway_isRefusedAtTheRange() {
        assertEquals(List.of("lesson.yaml:7:34: the gateway 192.168.0.1 lies inside the DHCP range"
                + " 192.168.0.1-192.168.0.254; choose a range that leaves it out"),
                problems(MINIMAL.replace("{uplink: gateway}", "{uplink: gateway, dhcp: {first: 192.168.0.1}}")));
    }

    @Test
    void linkQueue_ofNoPackets_isRefusedByTheLinksOwnRule_atTheValue() {
        // the refused link leaves the PC unattached: the same mistake, not reported again
        assertEquals(List.of("lesson.yaml:9:64: a link's queue must hold 1 or more packets, got 0"),
                problems(MINIMAL.replace("    classroom: {uplink: gateway}\n", "    classroom: {uplink: gateway}\n"
                        + "  links:\n    - {between: [gateway, laptop], subnet: 10.0.0.0/30, queue: 0}\n")
                        + "pcs:\n  laptop: {program: udp-sink}\n"));
    }

    @Test
    void hop_unknownNode_suggestsTheName() {
        assertEquals(List.of("lesson.yaml:11:10: unknown node 'sever' in hop 'sever -> classroom'; did you mean"
                + " 'server'?"), problems(MINIMAL + """
                impairments:
                  - hop: sever -> classroom
                    netem: "loss 10%"
                """));
    }

    @Test
    void hop_notAdjacent_namesTheNeighbours() {
        assertEquals(List.of("lesson.yaml:11:10: 'server' and 'gateway' are not adjacent, so no hop joins them"
                + " (server's neighbours: classroom); a hop joins a board or PC and its access point (a board's"
                + " soft_ap: included), an access point and its uplink router, or the two ends of a wired link"),
                problems(MINIMAL + """
                impairments:
                  - hop: server -> gateway
                    netem: "loss 10%"
                """));
    }

    @Test
    void hop_withoutArrow_showsTheSyntax() {
        assertEquals(List.of("lesson.yaml:11:10: expected a hop like 'client -> classroom', got 'server classroom'"),
                problems(MINIMAL + "impairments:\n  - hop: server classroom\n    netem: \"loss 10%\"\n"));
    }

    @Test
    void hop_twice_asksForOneEntry() {
        assertEquals(List.of("lesson.yaml:12:10: hop 'server -> classroom' already has impairments (line 11): put"
                + " all its options in one entry"), problems(MINIMAL + """
                impairments:
                  - {hop: server -> classroom, loss: 5%}
                  - hop: server->classroom
                    delay: 5ms
                """));
    }

    @Test
    void netem_badOption_isReportedByTheNetemParser() {
        assertEquals(List.of("lesson.yaml:12:12: unknown netem option \"lsos\" (did you mean \"loss\"?)"),
                problems(MINIMAL + """
                impairments:
                  - hop: server -> classroom
                    netem: "lsos 5%"
                """));
    }

    @Test
    void netem_andStructuredKeys_areNotMixed() {
        assertEquals(List.of("lesson.yaml:11:52: impairments.0 gives both netem: and loss: write the options one"
                + " way, as netem text or as keys (delay, loss, duplicate, corrupt, reorder, rate, slot, limit)"),
                problems(MINIMAL + "impairments:\n  - {hop: server -> classroom, netem: \"delay 5ms\", loss: 5%}\n"));
    }

    @Test
    void structuredLoss_percentWithoutSign_asksForIt() {
        assertEquals(List.of("lesson.yaml:11:38: expected a percentage like 5%, got '5' (write the % sign: 5% is"
                + " five in a hundred)"), problems(MINIMAL + "impairments:\n  - {hop: server -> classroom, loss: 5}\n"));
    }

    @Test
    void structuredGemodel_withAGap_namesTheMissingValue() {
        assertEquals(List.of("lesson.yaml:11:56: loss gemodel 1-h needs r too: netem reads p r 1-h 1-k in order"),
                problems(MINIMAL + "impairments:\n  - {hop: server -> classroom, loss: {gemodel: {p: 1%, 1-h: 50%}}}\n"));
    }

    @Test
    void reservations_twoBoardsOneIp_isRefused() {
        assertEquals(List.of("lesson.yaml:10:41: ip 192.168.0.3 is already reserved for board 'server' (line 9)"),
                problems(MINIMAL.replace("{program: java:udp-server}", "{program: java:udp-server, ip: 192.168.0.3}")
                        + "  other: {program: java:udp-server, ip: 192.168.0.3}\n"));
    }

    @Test
    void reservation_outsideTheSubnet_isRefused() {
        assertEquals(List.of("lesson.yaml:9:42: ip 10.0.0.3 is outside the subnet 192.168.0.0/24 of access point"
                + " 'classroom'; choose another address"), problems(MINIMAL.replace("{program: java:udp-server}",
                "{program: java:udp-server, ip: 10.0.0.3}")));
    }

    @Test
    void reservation_theGatewaysAddress_isRefused() {
        assertEquals(List.of("lesson.yaml:9:42: ip 192.168.0.1 is the gateway of access point 'classroom'; choose"
                + " another address"), problems(MINIMAL.replace("{program: java:udp-server}",
                "{program: java:udp-server, ip: 192.168.0.1}")));
    }

    @Test
    void reservation_inAGroup_isRefused() {
        assertEquals(List.of("lesson.yaml:10:52: a group (count) cannot have a fixed ip: each member needs its own"
                + " address; leave ip out and DHCP gives each one"),
                problems(MINIMAL + "  pupils: {count: 3, program: java:udp-client, ip: 192.168.0.9}\n"));
    }

    @Test
    void program_unknown_suggestsTheClosest() {
        assertEquals(List.of("lesson.yaml:9:21: unknown program 'java:udp-sever'; did you mean 'java:udp-server'?"),
                problems(MINIMAL.replace("java:udp-server", "java:udp-sever")));
        assertEquals(List.of("lesson.yaml:9:21: unknown program 'udp-server'; did you mean 'java:udp-server'?"),
                problems(MINIMAL.replace("java:udp-server", "udp-server")));
        assertEquals(List.of("lesson.yaml:9:21: unknown program 'ping' (programs: java:udp-client, java:udp-server,"
                + " java:tcp-client, java:tcp-server, udp-echo, udp-sink, udp-sender, message-sender, message-receiver, or a .py file)"),
                problems(MINIMAL.replace("java:udp-server", "ping")));
    }

    @Test
    void program_tcpLesson_isAccepted() {
        Scenario s = ScenarioLoader.parse(MINIMAL.replace("java:udp-server", "java:tcp-server"),
                java.nio.file.Path.of("lesson.yaml"), Overrides.NONE);
        assertEquals(Program.TCP_SERVER, s.boards().get(0).program());
    }

    @Test
    void program_lessonOnAPc_isRefused() {
        assertEquals(List.of("lesson.yaml:11:21: program 'java:udp-server' is an mPython lesson and runs on a board,"
                + " not on PC 'laptop'"), problems(MINIMAL + "pcs:\n  laptop: {program: java:udp-server, ap: classroom}\n"));
    }

    @Test
    void program_requiredArgumentMissing_showsAnExample() {
        assertEquals(List.of("lesson.yaml:11:21: program udp-sender needs the argument 'to' (where to send,"
                + " IP:PORT), e.g. args: {to: 192.168.0.3:6000}"),
                problems(MINIMAL + "pcs:\n  laptop: {program: udp-sender, ap: classroom}\n"));
    }

    @Test
    void program_argumentOutOfRange_saysTheRange() {
        assertEquals(List.of("lesson.yaml:11:83: size (bytes; the first 4 carry a sequence number) must be 4-65507,"
                + " got 2"), problems(MINIMAL + "pcs:\n  laptop: {program: udp-sender, ap: classroom, args: {to:"
                + " 192.168.0.3:6000, size: 2}}\n"));
    }

    @Test
    void program_pythonFileMissing_namesThePath(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(MINIMAL.replace("java:udp-server", "lessons/udp_server.py"),
                        dir.resolve("lesson.yaml"), Overrides.NONE));
        assertEquals(List.of("9:21: program file 'lessons/udp_server.py' not found (looked for "
                + dir.resolve("lessons/udp_server.py") + ")"), lineColumnMessages(e));
    }

    @Test
    void program_pythonFilePresent_isReadWithTheScenario(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("udp_server.py"), "from mpython import *\n");
        Scenario s = ScenarioLoader.parse(MINIMAL.replace("java:udp-server", "udp_server.py"),
                dir.resolve("lesson.yaml"), Overrides.NONE);
        Board server = s.boards().get(0);
        assertEquals(Program.PYTHON, server.program());
        assertEquals("udp_server.py", server.programName());
        assertEquals("from mpython import *\n", server.python().orElseThrow().text());
    }

    @Test
    void board_severalAccessPointsAndNoAp_asksWhich() {
        assertEquals(List.of("lesson.yaml:10:3: board 'server' has no ap: and the network has 2 access points"
                + " (classroom, lab): say which, e.g. ap: classroom"), problems(MINIMAL.replace(
                "    classroom: {uplink: gateway}\n",
                "    classroom: {uplink: gateway}\n    lab: {subnet: 192.168.1.0/24}\n")));
    }

    @Test
    void board_noAccessPointAtAll_saysWhereToAddOne() {
        assertEquals(List.of("lesson.yaml:4:3: board 'server' needs WiFi, but the network has no access point: add"
                + " one under network.access_points, or give a board soft_ap: to make it one"),
                problems("name: x\nduration: 1s\nboards:\n  server: {program: java:udp-server}\n"));
    }

    @Test
    void pc_neitherOnWifiNorOnALink_isRefused() {
        assertEquals(List.of("lesson.yaml:11:3: PC 'laptop' is neither on WiFi nor on a wired link: give ap:"
                + " classroom, or name it in a link's between"), problems(MINIMAL + "pcs:\n  laptop: {program: udp-sink}\n"));
    }

    @Test
    void link_toABoard_isRefused() {
        assertEquals(List.of("lesson.yaml:9:27: board 'server' has WiFi only: a wired link joins routers and PCs"),
                problems(MINIMAL.replace("    classroom: {uplink: gateway}\n",
                        "    classroom: {uplink: gateway}\n  links:\n    - {between: [gateway, server], subnet:"
                                + " 10.0.0.0/30}\n")));
    }

    @Test
    void names_usedTwiceAcrossKinds_areRefused() {
        assertEquals(List.of("lesson.yaml:10:3: name 'gateway' is already the name of a router (line 5); names must be"
                + " unique across routers, access points, boards and PCs"),
                problems(MINIMAL + "  gateway: {program: java:udp-client}\n"));
    }

    @Test
    void names_withSpaces_areRefused() {
        assertEquals(List.of("lesson.yaml:10:3: name 'my board' may hold only letters, digits and _ . -"),
                problems(MINIMAL + "  my board: {program: java:udp-client}\n"));
    }

    @Test
    void subnets_overlapping_areRefused() {
        assertEquals(List.of("lesson.yaml:8:19: subnet 192.168.0.0/16 overlaps 192.168.0.0/24 of access point"
                + " 'classroom' (line 7); every access point and link needs its own subnet"),
                problems(MINIMAL.replace("    classroom: {uplink: gateway}\n",
                        "    classroom: {uplink: gateway}\n    lab: {subnet: 192.168.0.0/16}\n")
                        .replace("server: {program", "server: {ap: classroom, program")));
    }

    @Test
    void problems_areAllReportedSortedByPosition() {
        assertEquals(List.of(
                "lesson.yaml:2:11: expected a duration like 30s, got 'soon'",
                "lesson.yaml:4:16: unknown program 'java:udp-clinet'; did you mean 'java:udp-client'?",
                "lesson.yaml:6:3: PC 'laptop' is neither on WiFi nor on a wired link: give ap: classroom, or name it"
                        + " in a link's between",
                "lesson.yaml:10:26: retries must be 0-255, got 999"), problems("""
                name: x
                duration: soon
                boards:
                  a: {program: java:udp-clinet}
                pcs:
                  laptop: {program: udp-sink}
                network:
                  routers: {gateway: {}}
                  access_points:
                    classroom: {retries: 999}
                """));
    }

    private static List<String> lineColumnMessages(ScenarioException e) {
        return e.problems().stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
    }
}
