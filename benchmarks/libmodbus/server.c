/*
 * A libmodbus Modbus/TCP server with a static image of 100 holding and 100 input registers, serving
 * many connections with select(), for the comparison in docs/performance.md.
 * Build: apt-get install libmodbus-dev; gcc -O2 -o server server.c $(pkg-config --cflags --libs libmodbus)
 * Run:   ./server PORT
 */
#include <errno.h>
#include <modbus.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>
#include <unistd.h>

int main(int argc, char **argv) {
    int port = argc > 1 ? atoi(argv[1]) : 1502;
    modbus_t *ctx = modbus_new_tcp("127.0.0.1", port);
    modbus_mapping_t *map = modbus_mapping_new(0, 0, 100, 100);
    if (ctx == NULL || map == NULL) {
        fprintf(stderr, "cannot allocate the context or the mapping\n");
        return 1;
    }
    for (int i = 0; i < 100; i++) {
        map->tab_registers[i] = i;
        map->tab_input_registers[i] = i;
    }
    int listener = modbus_tcp_listen(ctx, 64);
    if (listener < 0) {
        fprintf(stderr, "cannot listen on port %d: %s\n", port, modbus_strerror(errno));
        return 1;
    }
    fd_set all;
    FD_ZERO(&all);
    FD_SET(listener, &all);
    int max_fd = listener;
    uint8_t query[MODBUS_TCP_MAX_ADU_LENGTH];
    for (;;) {
        fd_set ready = all;
        if (select(max_fd + 1, &ready, NULL, NULL, NULL) < 0) {
            perror("select");
            return 1;
        }
        for (int fd = 0; fd <= max_fd; fd++) {
            if (!FD_ISSET(fd, &ready)) {
                continue;
            }
            if (fd == listener) {
                int client = modbus_tcp_accept(ctx, &listener);
                if (client >= 0) {
                    FD_SET(client, &all);
                    if (client > max_fd) {
                        max_fd = client;
                    }
                }
            } else {
                modbus_set_socket(ctx, fd);
                int rc = modbus_receive(ctx, query);
                if (rc > 0) {
                    modbus_reply(ctx, query, rc, map);
                } else if (rc == -1) {
                    close(fd);
                    FD_CLR(fd, &all);
                }
            }
        }
    }
}
