# Load chart: each target's figure against the arrival multiplier m (written by channelsim).
# Re-draw by hand from this directory:  gnuplot stress-web-team-day-load.gp
# stress-web-team-day-load.dat holds one block per target (plot ... index N), columns: 1 multiplier, 2 mean, 3 low, 4 high.
# Values are raw (shares 0..1, durations in seconds) and scaled here for display; NaN marks an undefined value.

set terminal svg size 1200,490 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'stress-web-team-day-load.svg'
data = 'stress-web-team-day-load.dat'

set multiplot layout 1,3 title "web-team-day: targets against the load (every arrival rate × m)\nline: mean with 95% CI band · dashed: target bound · dotted: the plan's load (m = 1)\nred: breaking point m = 1.21 (95% CI 1.17–1.26)" font ',13'
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set title font ',12'
set xlabel 'arrival rates × m'
set xrange [0.552:1.848]
unset key
set arrow 2 from first 1, graph 0 to first 1, graph 1 nohead lw 1.5 dt 3 lc rgb '#606060' back
set object 1 rect from first 1.17, graph 0 to first 1.26, graph 1 behind fc rgb 0xcb181d fs transparent solid 0.15 noborder
set arrow 1 from first 1.21, graph 0 to first 1.21, graph 1 nohead lw 2 lc rgb 0xcb181d front

# Panel 0: chat.sl(60s) >= 0.8.
set title 'chat.sl(60s) >= 0.8'
set format y '%g%%'
set ylabel ''
set yrange [*:*]
set label 1 'target 80.0%' at graph 0.02, first 80 left offset 0,0.7 tc rgb '#303030' font ',10'
plot data index 0 using 1:($3*100):($4*100) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.25, \
     '' index 0 using 1:($2*100) with linespoints lw 2.5 pt 7 ps 0.8 lc rgb 0x4e79a7, \
     80 with lines dt 2 lw 2 lc rgb '#303030'
unset label 1

# Panel 1: phone.p_abandon <= 5%.
set title 'phone.p_abandon <= 5%'
set format y '%g%%'
set ylabel ''
set yrange [*:*]
set label 1 'target 5.0%' at graph 0.02, first 5 left offset 0,0.7 tc rgb '#303030' font ',10'
plot data index 1 using 1:($3*100):($4*100) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.25, \
     '' index 1 using 1:($2*100) with linespoints lw 2.5 pt 7 ps 0.8 lc rgb 0x4e79a7, \
     5 with lines dt 2 lw 2 lc rgb '#303030'
unset label 1

# Panel 2: phone.asa <= 30s.
set title 'phone.asa <= 30s'
set format y '%g'
set ylabel 'seconds'
set yrange [0:*]
set label 1 'target 30.0 s' at graph 0.02, first 30 left offset 0,0.7 tc rgb '#303030' font ',10'
plot data index 2 using 1:($3*1):($4*1) with filledcurves lc rgb 0x4e79a7 fs transparent solid 0.25, \
     '' index 2 using 1:($2*1) with linespoints lw 2.5 pt 7 ps 0.8 lc rgb 0x4e79a7, \
     30 with lines dt 2 lw 2 lc rgb '#303030'
unset label 1

unset multiplot
unset output
