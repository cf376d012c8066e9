package com.pmocareer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class PmoCareerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PmoCareerApplication.class, args);
    }
}
